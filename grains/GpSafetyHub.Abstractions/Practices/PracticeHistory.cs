using GpSafetyHub.History;

namespace GpSafetyHub.Practices;

/// <summary>Turns a practice's recorded changes into the history people read.</summary>
public static class PracticeHistory
{
    public static HistoryEntry Describe(RecordedChange<PracticeLogEvent> recorded)
    {
        var (action, summary, fields) = recorded.Change switch
        {
            PracticeRegistered r => ("PRACTICE_REGISTERED", $"Registered {r.Details.Name} ({r.OdsCode}) in ICB {r.Details.IcbCode}.", (IReadOnlyList<string>)[]),
            PracticeDetailsChanged { PreviousIcbCode: { } previous } c =>
                ("PRACTICE_UPDATED", $"Moved from ICB {previous} to ICB {c.Details.IcbCode}; changed {string.Join(", ", c.ChangedFields)}.", c.ChangedFields),
            PracticeDetailsChanged c => ("PRACTICE_UPDATED", $"Changed {string.Join(", ", c.ChangedFields)}.", c.ChangedFields),
            _ => throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}."),
        };
        return new HistoryEntry(recorded.Sequence, recorded.At, recorded.Actor, action, summary, recorded.Reason, null, null, fields);
    }
}
