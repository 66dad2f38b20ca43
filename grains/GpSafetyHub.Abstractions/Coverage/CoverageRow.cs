using GpSafetyHub.Localisations;

namespace GpSafetyHub.Coverage;

/// <summary>One practice × programme line of an ICB's safety coverage.</summary>
[GenerateSerializer, Immutable, Alias("hub.Coverage.CoverageRow")]
public sealed record CoverageRow(
    [property: Id(0)] string OdsCode,
    [property: Id(1)] string PracticeName,
    [property: Id(2)] string? PcnCode,
    [property: Id(3)] string ProgrammeId,
    [property: Id(4)] MouState Mou,
    [property: Id(5)] SopState Sop,
    [property: Id(6)] LocalisationStatus Status,
    [property: Id(7)] int VersionsBehind,
    [property: Id(8)] int ApplicableHazards,
    [property: Id(9)] int NotAssessedHazards,
    [property: Id(10)] int? HighestLocalResidualRating,
    [property: Id(11)] DateOnly? NextReviewDate,
    [property: Id(12)] bool Overdue);

/// <summary>Which coverage rows to keep; every condition given must hold.</summary>
[GenerateSerializer, Immutable, Alias("hub.Coverage.CoverageFilter")]
public sealed record CoverageFilter(
    [property: Id(0)] string? ProgrammeId = null,
    [property: Id(1)] LocalisationStatus? Status = null,
    [property: Id(2)] bool? Overdue = null,
    [property: Id(3)] int? MinResidualRating = null,
    [property: Id(4)] string? PcnCode = null)
{
    /// <summary>No condition given: every row is kept.</summary>
    public bool KeepsAll => this == new CoverageFilter();

    public bool Keeps(CoverageRow row) =>
        (ProgrammeId is null || row.ProgrammeId == ProgrammeId)
        && (Status is null || row.Status == Status)
        && (Overdue is null || row.Overdue == Overdue)
        && (MinResidualRating is null || row.HighestLocalResidualRating >= MinResidualRating)
        && (PcnCode is null || row.PcnCode == PcnCode);
}

/// <summary>One programme's coverage across a set of practices.</summary>
[GenerateSerializer, Immutable, Alias("hub.Coverage.ProgrammeCoverage")]
public sealed record ProgrammeCoverage(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] int Joined,
    [property: Id(2)] int SignedOffCurrent,
    [property: Id(3)] int Stale,
    [property: Id(4)] int NotStarted,
    [property: Id(5)] int Overdue);
