using GpSafetyHub.History;

namespace GpSafetyHub.Programmes;

/// <summary>What is known about a published version without loading its hazards.</summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.PublishedVersionSummary")]
public sealed record PublishedVersionSummary(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset PublishedAt,
    [property: Id(2)] Actor PublishedBy,
    [property: Id(3)] CsoSignOff SignOff,
    [property: Id(4)] string Summary,
    [property: Id(5)] int DraftRevision);
