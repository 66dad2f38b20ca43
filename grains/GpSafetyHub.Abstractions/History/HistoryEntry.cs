namespace GpSafetyHub.History;

/// <summary>
/// One attributed, timestamped change as shown to people: what was done, to what, by whom and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.History.HistoryEntry")]
public sealed record HistoryEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Actor Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Summary,
    [property: Id(5)] string? Reason,
    [property: Id(6)] string? HazardId,
    [property: Id(7)] int? VersionNumber,
    [property: Id(8)] IReadOnlyList<string> ChangedFields);
