using GpSafetyHub.Localisations;

namespace GpSafetyHub.Operations.Localisations;

/// <summary>A localisation in brief, with its status worked out against the programme's current version.</summary>
public sealed record LocalisationRow(LocalisationSummary Summary, LocalisationStatus Status, int VersionsBehind)
{
    public static LocalisationRow Of(LocalisationSummary summary, DateOnly today, int? currentProgrammeVersion) =>
        new(summary, summary.StatusOn(today, currentProgrammeVersion), summary.VersionsBehind(currentProgrammeVersion));
}

/// <summary>A page of a programme's localisations, by ODS code.</summary>
public sealed record LocalisationPage(IReadOnlyList<LocalisationRow> Rows, int TotalCount, string? EndCursor);
