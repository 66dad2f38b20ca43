using System.Diagnostics.Metrics;

namespace GpSafetyHub.Jobs;

/// <summary>
/// What the reminder jobs tell operators (meter <c>GpSafetyHub.Reminders</c>): digests recorded,
/// sent and failed by this silo, and the backlog of digests not yet sent as this silo last saw it
/// after a dispatch. The backlog is the whole hub's, so every silo reports about the same figure.
/// </summary>
public sealed class ReminderMetrics : IDisposable
{
    public const string MeterName = "GpSafetyHub.Reminders";

    private readonly Meter _meter;
    private readonly Counter<long> _recorded;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private int? _backlog;

    public ReminderMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _recorded = _meter.CreateCounter<long>("hub.reminders.recorded", "{digest}", "Reminder digests recorded for sending.");
        _sent = _meter.CreateCounter<long>("hub.reminders.sent", "{digest}", "Reminder digests sent.");
        _failed = _meter.CreateCounter<long>("hub.reminders.failed", "{digest}", "Attempts to send a reminder digest that failed; each is retried later.");
        _meter.CreateObservableGauge("hub.reminders.backlog", () => _backlog is { } n ? [new Measurement<int>(n)] : Array.Empty<Measurement<int>>(),
            "{digest}", "Reminder digests recorded and not yet sent, as of this silo's last dispatch.");
    }

    public void Recorded(int digests) => _recorded.Add(digests);

    public void Dispatched(DispatchReport report)
    {
        _sent.Add(report.Sent);
        _failed.Add(report.Failed);
    }

    public void Backlog(int unsent) => _backlog = unsent;

    public void Dispose() => _meter.Dispose();
}
