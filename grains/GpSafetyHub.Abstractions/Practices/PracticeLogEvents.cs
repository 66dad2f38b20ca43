
namespace GpSafetyHub.Practices;

/// <summary>A change to a practice's directory entry. The discriminators are stored: never rename one.</summary>
public abstract record PracticeLogEvent;

public sealed record PracticeRegistered(string OdsCode, PracticeDetails Details) : PracticeLogEvent;

/// <summary>
/// New details; <paramref name="PreviousIcbCode"/> records the ICB the practice left, if it moved.
/// <see cref="Changes"/> holds each field's old and new value (absent from changes recorded before it was kept).
/// </summary>
public sealed record PracticeDetailsChanged(PracticeDetails Details, IReadOnlyList<string> ChangedFields, string? PreviousIcbCode) : PracticeLogEvent
{
    public IReadOnlyList<PracticeFieldChange>? Changes { get; init; }
}

/// <summary>The practice's ICB merged into another: it moved from <paramref name="FromIcb"/> to <paramref name="IntoIcb"/> as from <paramref name="EffectiveOn"/>.</summary>
public sealed record PracticeMovedByIcbMerger(string FromIcb, string IntoIcb, DateOnly EffectiveOn) : PracticeLogEvent;
