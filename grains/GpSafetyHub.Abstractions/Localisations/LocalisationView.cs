using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Localisations;

/// <summary>
/// A practice's localisation as the practice reads it: status, MoU, SOP, the merged hazard log
/// (programme version + overlay), local hazards, sign-offs, and what changed in the programme
/// since the version it signed.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.LocalisationView")]
public sealed record LocalisationView(
    [property: Id(0)] LocalisationSummary Summary,
    [property: Id(1)] LocalisationStatus Status,
    [property: Id(2)] int? CurrentProgrammeVersion,
    [property: Id(3)] Mou? Mou,
    [property: Id(4)] Sop? Sop,
    [property: Id(5)] int SopRevision,
    [property: Id(6)] IReadOnlyList<LocalisedHazard> Hazards,
    [property: Id(7)] IReadOnlyList<Hazard> LocalHazards,
    [property: Id(8)] IReadOnlyList<LocalSignOffRecord> SignOffs,
    [property: Id(9)] IReadOnlyList<HazardChange> ChangesSinceSignedVersion,
    [property: Id(10)] int Revision);
