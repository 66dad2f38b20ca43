using GpSafetyHub.Hazards;

namespace GpSafetyHub.Programmes;

/// <summary>
/// A version of a programme hazard log as the CSO signed it. Written once when published and never
/// changed: what a practice localised and signed against can always be read back exactly.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.PublishedVersion")]
public sealed record PublishedVersion(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] PublishedVersionSummary Summary,
    [property: Id(2)] ProgrammeDetails Details,
    [property: Id(3)] IReadOnlyList<Hazard> Hazards);
