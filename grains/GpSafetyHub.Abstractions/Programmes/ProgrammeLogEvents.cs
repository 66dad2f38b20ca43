using GpSafetyHub.Hazards;

namespace GpSafetyHub.Programmes;

/// <summary>
/// A change to a programme hazard log, as stored in its journal. The discriminators are part of the
/// stored format: never rename one.
/// </summary>
public abstract record ProgrammeLogEvent;

public sealed record ProgrammeCreated(string ProgrammeId, ProgrammeDetails Details) : ProgrammeLogEvent;

/// <summary>A hazard added to the draft; <paramref name="ImportKey"/> names what it was brought in from, if anything.</summary>
public sealed record HazardAdded(Hazard Hazard, string? ImportKey = null) : ProgrammeLogEvent;

public sealed record HazardRevised(Hazard Hazard, IReadOnlyList<string> ChangedFields) : ProgrammeLogEvent;

public sealed record HazardClosed(string HazardId, int Revision, string Reason) : ProgrammeLogEvent;

/// <summary>The draft as it stood was signed off as version <paramref name="Number"/>.</summary>
public sealed record VersionPublished(int Number, CsoSignOff SignOff, string Summary, int DraftRevision) : ProgrammeLogEvent;
