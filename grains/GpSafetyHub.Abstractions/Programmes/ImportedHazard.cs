using GpSafetyHub.Hazards;

namespace GpSafetyHub.Programmes;

/// <summary>
/// A hazard brought into a programme's draft from elsewhere: a row of a spreadsheet, or a hazard of
/// another programme's published version. <see cref="Key"/> identifies it for good (the file's
/// digest and row, say), so bringing the same thing in again adds nothing twice; <see cref="Source"/>
/// says in words where it came from, for the hazard's history.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.ImportedHazard")]
public sealed record ImportedHazard(
    [property: Id(0)] string Key,
    [property: Id(1)] HazardContent Content,
    [property: Id(2)] string Source);
