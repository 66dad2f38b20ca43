using GpSafetyHub.History;

namespace GpSafetyHub.Practices;

/// <summary>A practice's directory entry folded from its journal, and the rules for changing it.</summary>
public sealed class PracticeState : IJournaledState<PracticeLogEvent>
{
    public string? OdsCode { get; set; }

    public PracticeDetails? Details { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>The ICB the practice last moved away from, if any: told again on activation, in case it missed it.</summary>
    public string? PreviousIcbCode { get; set; }

    /// <summary>ICBs the practice belonged to before they merged into another: alerts sent to those ICBs still concern it.</summary>
    public List<string> MergedFromIcbCodes { get; } = [];

    public bool Exists => Details is not null;

    /// <summary>The move the merger makes of this practice, or null when it is not in one of the merging ICBs (already moved, say).</summary>
    public PracticeMovedByIcbMerger? DecideMerge(IcbMerger merger) =>
        Details is { } details && merger.From.Contains(details.IcbCode) ? new PracticeMovedByIcbMerger(details.IcbCode, merger.Into, merger.EffectiveOn) : null;

    /// <summary>
    /// The change that brings the entry to <paramref name="details"/> (already validated), or null
    /// when it already says exactly that.
    /// </summary>
    public PracticeLogEvent? DecideRegister(string odsCode, PracticeDetails details)
    {
        if (Details is null) return new PracticeRegistered(odsCode, details);
        var changes = PracticeEntryFields.Changes(Details, details);
        if (changes.Count == 0) return null;
        return new PracticeDetailsChanged(details, changes.Select(c => c.Field).ToArray(), details.IcbCode != Details.IcbCode ? Details.IcbCode : null) { Changes = changes };
    }

    public void Apply(RecordedChange<PracticeLogEvent> recorded)
    {
        switch (recorded.Change)
        {
            case PracticeRegistered registered:
                (OdsCode, Details, RegisteredAt) = (registered.OdsCode, registered.Details, recorded.At);
                break;
            case PracticeDetailsChanged changed:
                Details = changed.Details;
                PreviousIcbCode = changed.PreviousIcbCode ?? PreviousIcbCode;
                break;
            case PracticeMovedByIcbMerger moved:
                Details = Details! with { IcbCode = moved.IntoIcb };
                PreviousIcbCode = moved.FromIcb;
                if (!MergedFromIcbCodes.Contains(moved.FromIcb)) MergedFromIcbCodes.Add(moved.FromIcb);
                break;
            default:
                throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}.");
        }
    }
}
