namespace GpSafetyHub.History;

/// <summary>
/// A page of history, newest first. Pass <see cref="NextBefore"/> as <c>before</c> to read the
/// next (older) page; it is null when there is nothing older.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.History.HistoryPage")]
public sealed record HistoryPage(
    [property: Id(0)] IReadOnlyList<HistoryEntry> Entries,
    [property: Id(1)] long TotalCount,
    [property: Id(2)] long? NextBefore);
