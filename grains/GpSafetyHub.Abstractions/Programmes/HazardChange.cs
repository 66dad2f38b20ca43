namespace GpSafetyHub.Programmes;

/// <summary>One hazard's difference between two published versions, with the fields that differ.</summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.HazardChange")]
public sealed record HazardChange(
    [property: Id(0)] string HazardId,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<HazardChangeKind> Kinds,
    [property: Id(3)] IReadOnlyList<string> ChangedFields);
