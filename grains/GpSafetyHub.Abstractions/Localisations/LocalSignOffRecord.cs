using GpSafetyHub.History;

namespace GpSafetyHub.Localisations;

/// <summary>A sign-off as recorded: bound to the programme version that was localised.</summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.LocalSignOffRecord")]
public sealed record LocalSignOffRecord(
    [property: Id(0)] int ProgrammeVersion,
    [property: Id(1)] PracticeSignOff SignOff,
    [property: Id(2)] DateTimeOffset SignedAt,
    [property: Id(3)] Actor SignedBy);
