using System.Diagnostics;
using System.Net.Http.Json;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd.Telemetry;

/// <summary>What an operator sees of a request: its trace at the collector, and the hub's figures in a Prometheus scrape.</summary>
public sealed class TelemetryTests(TelemetryHubFixture hub) : IClassFixture<TelemetryHubFixture>
{
    [Fact]
    public async Task A_requests_trace_runs_from_http_through_the_operation_and_grains_to_storage()
    {
        // The caller's own trace: the hub's spans must join it, under the caller's span.
        var trace = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpan = ActivitySpanId.CreateRandom().ToHexString();
        var client = hub.Client(hub.Tokens.Default());
        const string CsoMailbox = "safety.officer.traced@nhs.net";
        using var request = client.Request(HttpMethod.Post, "/graphql", JsonContent.Create(new
        {
            query = Requests.CreateProgramme, variables = new { input = Requests.Programme(UniqueIds.Programme("trace"), csoEmail: CsoMailbox) },
        }));
        request.Headers.Add("traceparent", $"00-{trace}-{callerSpan}-01");
        using var response = await hub.Http.SendAsync(request);
        var answer = await GraphQLResponse.Read(response);
        Assert.True(answer.Errors.Count == 0, answer.Body);

        var spans = await Eventually.Get(() => Task.FromResult(hub.Collector.Spans.Where(s => s.TraceId == trace).ToArray()),
            // The HTTP request's span ends last, after everything below it.
            s => s.Any(x => x.ParentSpanId == callerSpan), timeoutSeconds: 30, what: "The request's spans at the collector");
        var byId = spans.ToDictionary(s => s.SpanId);
        var http = Assert.Single(spans, s => s.ParentSpanId == callerSpan);
        Assert.Equal("POST /graphql", http.Name);
        var operation = Assert.Single(spans, s => s.Scope == "GraphQL");
        Assert.Equal("mutation createProgramme", operation.Name);
        Assert.Equal("mutation", operation.Attributes["graphql.operation.type"]);
        // What the caller sent stays out of traces: no document, no values.
        Assert.False(operation.Attributes.ContainsKey("graphql.document"), "The operation's span carries the document.");
        Assert.DoesNotContain(spans.SelectMany(s => s.Attributes.Values), v => v?.Contains(CsoMailbox, StringComparison.Ordinal) == true);
        // The call to the programme's hazard log grain: one span as it leaves the host, one as the grain receives it, and storage below both.
        var grainCall = spans.Where(s => s.Scope == "Microsoft.Orleans.Application" && s.Name == "IProgrammeHazardLogGrain/Create").ToArray();
        Assert.Equal(2, grainCall.Length);
        Assert.All(grainCall, g => Assert.True(Below(g, operation, byId), "The grain call is not under the operation's span."));
        var storage = spans.Where(s => s.Scope.StartsWith("Azure.Data.Tables", StringComparison.Ordinal)).ToArray();
        Assert.Contains(storage, s => grainCall.All(g => Below(s, g, byId)));
        Assert.True(Below(operation, http, byId), "The operation's span is not under the HTTP request's.");
        Assert.All(spans, s => Assert.True(s == http || Below(s, http, byId), $"{s.Name} ({s.Scope}) is not under the HTTP request's span."));
    }

    [Fact]
    public async Task A_prometheus_scrape_shows_requests_errors_by_code_storage_latency_grains_and_the_reminder_backlog()
    {
        // Three refusals of one kind: a practice may not create a programme.
        var practice = hub.Client(hub.Tokens.Practice("Y01234"));
        for (var i = 0; i < 3; i++)
            Assert.Equal("FORBIDDEN", (string?)(await practice.Send(Requests.CreateProgramme, new { input = Requests.Programme(UniqueIds.Programme("nope")) })).Errors.Single()["extensions"]!["code"]);
        // Two practices owed an alert's issued notice, which the mail server never takes.
        var practices = new[] { "Y01001", "Y01002" };
        await AlertedEstate.CreateAsync(hub.Client(hub.Tokens.Default()), "QYY", practices, ods => $"cas.{ods.ToLowerInvariant()}@nhs.net", "metrics");

        var scrape = await Eventually.Get(() => hub.Http.GetStringAsync("/metrics"), s => PrometheusScrape.Sum(s, "hub_reminders_backlog", "") is 2,
            timeoutSeconds: 30, what: "The scrape showing both digests waiting");

        Assert.Equal(3, PrometheusScrape.Sum(scrape, "hub_graphql_errors_total", "code=\"FORBIDDEN\""));
        Assert.Equal(2, PrometheusScrape.Sum(scrape, "hub_reminders_recorded_total", ""));
        Assert.True(PrometheusScrape.Sum(scrape, "hub_reminders_failed_total", "") >= 2, scrape);
        // Every GraphQL request above, counted by route and status code.
        Assert.True(PrometheusScrape.Sum(scrape, "http_server_request_duration_seconds_count", "http_route=\"/graphql\"", "http_response_status_code=\"200\"") >= 3 + 8, scrape);
        Assert.True(PrometheusScrape.Sum(scrape, "hub_storage_duration_seconds_count", "operation=\"TableClient.SubmitTransaction\"") > 0, scrape);
        Assert.True(PrometheusScrape.Sum(scrape, "orleans_grains", "type=\"") > 0, scrape);
    }

    /// <summary>Whether <paramref name="span"/> descends from <paramref name="ancestor"/>.</summary>
    private static bool Below(ReceivedSpan span, ReceivedSpan ancestor, Dictionary<string, ReceivedSpan> byId)
    {
        for (var at = span; at.ParentSpanId is { } parent && byId.TryGetValue(parent, out var up); at = up)
            if (up == ancestor) return true;
        return false;
    }
}
