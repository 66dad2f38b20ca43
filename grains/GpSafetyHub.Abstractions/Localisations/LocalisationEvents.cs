using GpSafetyHub.Hazards;

namespace GpSafetyHub.Localisations;

/// <summary>A change to a practice's localisation of a programme. The discriminators are stored: never rename one.</summary>
public abstract record LocalisationEvent;

/// <summary>Joined (or renewed) under an MoU; localising <paramref name="Version"/> when one is published.</summary>
public sealed record ProgrammeJoined(string ProgrammeId, string OdsCode, Mou Mou, int? Version) : LocalisationEvent;

public sealed record ProgrammeLeft(DateOnly LeftOn) : LocalisationEvent;

public sealed record SopRecorded(Sop Sop, int SopRevision) : LocalisationEvent;

public sealed record HazardAssessed(string HazardId, OverlayEntry Entry) : LocalisationEvent;

public sealed record LocalHazardAdded(Hazard Hazard) : LocalisationEvent;

public sealed record LocalHazardRevised(Hazard Hazard, IReadOnlyList<string> ChangedFields) : LocalisationEvent;

public sealed record LocalHazardClosed(string HazardId, int Revision, string Reason) : LocalisationEvent;

/// <summary>
/// The overlay moved from <paramref name="FromVersion"/> to <paramref name="ToVersion"/>: decisions on
/// unchanged hazards kept, those on changed hazards flagged for re-assessment.
/// </summary>
public sealed record CarriedForward(int? FromVersion, int ToVersion, IReadOnlyDictionary<string, IReadOnlyList<string>> Flagged) : LocalisationEvent;

public sealed record LocalisationSignedOff(int ProgrammeVersion, PracticeSignOff SignOff) : LocalisationEvent;
