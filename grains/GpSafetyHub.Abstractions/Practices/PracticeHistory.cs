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
                ("PRACTICE_UPDATED", $"Moved from ICB {previous} to ICB {c.Details.IcbCode}; {Changed(c)}.", c.ChangedFields),
            PracticeDetailsChanged c => ("PRACTICE_UPDATED", $"{Capitalised(Changed(c))}.", c.ChangedFields),
            PracticeMovedByIcbMerger m => ("PRACTICE_MOVED_BY_ICB_MERGER",
                $"Moved from ICB {m.FromIcb} to ICB {m.IntoIcb}: ICB merger effective {m.EffectiveOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}.", ["icbCode"]),
            _ => throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}."),
        };
        return new HistoryEntry(recorded.Sequence, recorded.At, recorded.Actor, action, summary, recorded.Reason, null, null, fields);
    }

    /// <summary>Each field with what it said before and after; a cleared field with the value it lost.</summary>
    private static string Changed(PracticeDetailsChanged change) => change.Changes is { Count: > 0 } changes
        ? string.Join("; ", changes.Select(c => c switch
        {
            { New: null } => $"cleared {c.Field} (was {c.Old})",
            { Old: null } => $"set {c.Field} to {c.New}",
            _ => $"changed {c.Field} from {c.Old} to {c.New}",
        }))
        : $"changed {string.Join(", ", change.ChangedFields)}";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
