using GpSafetyHub.History;

namespace GpSafetyHub.Alerts;

/// <summary>Turns an alert's recorded changes into the history people read.</summary>
public static class CasAlertHistory
{
    public static HistoryEntry Describe(RecordedChange<CasAlertEvent> recorded)
    {
        var (action, summary, fields) = recorded.Change switch
        {
            CasAlertRecorded r => ("CAS_ALERT_RECORDED", $"Recorded {r.Reference}: {r.Details.Title}.", (IReadOnlyList<string>)[]),
            CasAlertAmended a => ("CAS_ALERT_AMENDED", $"Changed {string.Join(", ", a.ChangedFields)}.", a.ChangedFields),
            _ => throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}."),
        };
        return new HistoryEntry(recorded.Sequence, recorded.At, recorded.Actor, action, summary, recorded.Reason, null, null, fields);
    }
}
