using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GpSafetyHub.Silo.Telemetry;

/// <summary>
/// How long each call to Azure Table Storage takes (histogram <c>hub.storage.duration</c>, meter
/// <c>GpSafetyHub.Storage</c>, by operation and outcome), measured from the Azure SDK's own spans:
/// it covers the event journal and read models as well as grain state, which Orleans' storage
/// figures alone would miss. The listener is process-wide, as every ActivityListener is.
/// </summary>
internal sealed class StorageMetrics : IDisposable
{
    public const string MeterName = "GpSafetyHub.Storage";

    // The Azure SDK names its sources after the client: Azure.Data.Tables.TableClient, …TableServiceClient.
    private const string TablesSources = "Azure.Data.Tables.";

    private readonly Meter _meter;
    private readonly ActivityListener _listener;

    public StorageMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        var duration = _meter.CreateHistogram<double>("hub.storage.duration", "s", "Time each call to Azure Table Storage took.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith(TablesSources, StringComparison.Ordinal),
            // Created with its data (the SDK marks a failed call only then), exported only if tracing samples it.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => duration.Record(activity.Duration.TotalSeconds,
                new KeyValuePair<string, object?>("operation", activity.OperationName),
                new KeyValuePair<string, object?>("outcome", activity.Status == ActivityStatusCode.Error ? "error" : "ok")),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _meter.Dispose();
    }
}
