using System.Diagnostics.Metrics;

namespace GpSafetyHub.GraphQL.Errors;

/// <summary>
/// Errors callers were sent, by their <c>extensions.code</c> (meter <c>GpSafetyHub.GraphQL</c>): a
/// GraphQL request that fails is often still HTTP 200, so the status codes alone would hide it.
/// </summary>
public sealed class ErrorMetrics : IDisposable
{
    public const string MeterName = "GpSafetyHub.GraphQL";

    private readonly Meter _meter;
    private readonly Counter<long> _errors;

    public ErrorMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _errors = _meter.CreateCounter<long>("hub.graphql.errors", "{error}", "Errors in GraphQL responses, by code.");
    }

    public void Sent(string code) => _errors.Add(1, new KeyValuePair<string, object?>("code", code));

    public void Dispose() => _meter.Dispose();
}
