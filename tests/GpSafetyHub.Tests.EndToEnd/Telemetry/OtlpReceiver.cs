using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Tests.EndToEnd.Telemetry;

/// <summary>
/// What an OpenTelemetry collector is to the hub: an OTLP/HTTP receiver on a free loopback port that
/// accepts traces, metrics and logs, and keeps the spans it was sent (read straight from the
/// protobuf wire format, so the test depends on the protocol, not on the hub's exporter code).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    public OtlpReceiver()
    {
        Endpoint = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Endpoint.AbsoluteUri);
        _app = builder.Build();
        _app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            foreach (var span in ReadSpans(await ByteString.FromStreamAsync(request.Body))) _spans.Enqueue(span);
            return Results.Bytes([], "application/x-protobuf");
        });
        _app.MapPost("/v1/{signal}", () => Results.Bytes([], "application/x-protobuf"));
    }

    /// <summary>The base address the hub's <c>Telemetry:OtlpEndpoint</c> is given.</summary>
    public Uri Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Spans => _spans.ToArray();

    public Task StartAsync() => _app.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    // ExportTraceServiceRequest: resource_spans = 1 → ResourceSpans: scope_spans = 2 → ScopeSpans: scope = 1 (name = 1), spans = 2
    // → Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5, attributes = 9 → KeyValue: key = 1, value = 2 → AnyValue: string_value = 1.
    private static IEnumerable<ReceivedSpan> ReadSpans(ByteString request) =>
        from resource in Messages(request, 1)
        from scopeSpans in Messages(resource, 2)
        let scope = Messages(scopeSpans, 1).Select(s => Messages(s, 1).FirstOrDefault()?.ToStringUtf8()).FirstOrDefault() ?? ""
        from span in Messages(scopeSpans, 2)
        select new ReceivedSpan(
            Hex(Messages(span, 1).Single()),
            Hex(Messages(span, 2).Single()),
            Messages(span, 4).Select(Hex).FirstOrDefault(p => p.Length > 0),
            Messages(span, 5).Single().ToStringUtf8(),
            scope,
            Messages(span, 9).ToDictionary(
                a => Messages(a, 1).Single().ToStringUtf8(),
                a => Messages(a, 2).SelectMany(v => Messages(v, 1)).Select(v => v.ToStringUtf8()).FirstOrDefault()));

    /// <summary>The length-delimited fields numbered <paramref name="field"/> of a message, in order.</summary>
    private static List<ByteString> Messages(ByteString message, int field)
    {
        var found = new List<ByteString>();
        var input = message.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == field && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited) found.Add(input.ReadBytes());
            else input.SkipLastField();
        }

        return found;
    }

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);
}

/// <summary>
/// A span as the collector received it: ids in lower-case hex, its parent's id (none for a root),
/// name, the instrumentation scope that made it, and its attributes (string values; null for others).
/// </summary>
public sealed record ReceivedSpan(string TraceId, string SpanId, string? ParentSpanId, string Name, string Scope, IReadOnlyDictionary<string, string?> Attributes);
