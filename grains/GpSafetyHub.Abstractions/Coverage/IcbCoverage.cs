using GpSafetyHub.Localisations;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Coverage;

/// <summary>
/// An ICB's safety coverage, worked out from its coverage read model against the programmes'
/// current versions and today's date: the rows, summaries per programme, the residual-risk grids
/// and the practices that have joined nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Coverage.IcbCoverage")]
public sealed record IcbCoverage(
    [property: Id(0)] string IcbCode,
    [property: Id(1)] int Practices,
    [property: Id(2)] IReadOnlyList<CoverageRow> Rows,
    [property: Id(3)] IReadOnlyList<ProgrammeCoverage> Programmes,
    [property: Id(4)] IReadOnlyList<int> ProgrammeResidualGrid,
    [property: Id(5)] IReadOnlyList<int> LocalResidualGrid,
    [property: Id(6)] IReadOnlyList<string> PracticesWithNoProgramme)
{
    /// <summary>The code national figures go under.</summary>
    public const string National = "ENGLAND";

    public static IcbCoverage Compute(
        string icbCode, IReadOnlyList<PracticeCoverage> practices, IReadOnlyDictionary<string, int?> currentVersions, DateOnly today)
    {
        var held = practices.Where(p => p.Practice is not null).OrderBy(p => p.OdsCode, StringComparer.Ordinal).ToArray();
        var joined = held.SelectMany(p => p.Localisations.Where(l => l.MouExpiresOn is not null).Select(l => (Practice: p, Localisation: l))).ToArray();
        var rows = joined
            .Select(x => Row(x.Practice, x.Localisation, currentVersions.GetValueOrDefault(x.Localisation.ProgrammeId), today))
            .OrderBy(r => r.OdsCode, StringComparer.Ordinal).ThenBy(r => r.ProgrammeId, StringComparer.Ordinal)
            .ToArray();
        var programmes = rows.GroupBy(r => r.ProgrammeId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProgrammeCoverage(
                g.Key,
                g.Count(r => r.Mou == MouState.Active),
                g.Count(r => r.Status == LocalisationStatus.SignedOff),
                g.Count(r => r.Status == LocalisationStatus.Stale),
                g.Count(r => r.Status == LocalisationStatus.Joined),
                g.Count(r => r.Overdue)))
            .ToArray();
        var active = joined.Where(x => x.Localisation.LeftOn is null).Select(x => x.Localisation).ToArray();
        return new IcbCoverage(
            icbCode, held.Length, rows, programmes,
            RiskGrid.Sum(active.Select(l => l.ProgrammeResidualGrid)),
            RiskGrid.Sum(active.Select(l => l.LocalResidualGrid)),
            held.Where(p => p.Localisations.All(l => l.MouExpiresOn is null || l.LeftOn is not null)).Select(p => p.OdsCode).ToArray());
    }

    /// <summary>The same figures for several ICBs together (rows are not carried: they stay with each ICB).</summary>
    public static IcbCoverage Combine(string label, IReadOnlyList<IcbCoverage> icbs) => new(
        label,
        icbs.Sum(i => i.Practices),
        [],
        icbs.SelectMany(i => i.Programmes).GroupBy(p => p.ProgrammeId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProgrammeCoverage(g.Key, g.Sum(p => p.Joined), g.Sum(p => p.SignedOffCurrent), g.Sum(p => p.Stale), g.Sum(p => p.NotStarted), g.Sum(p => p.Overdue)))
            .ToArray(),
        RiskGrid.Sum(icbs.Select(i => i.ProgrammeResidualGrid)),
        RiskGrid.Sum(icbs.Select(i => i.LocalResidualGrid)),
        icbs.SelectMany(i => i.PracticesWithNoProgramme).ToArray());

    private static CoverageRow Row(PracticeCoverage practice, LocalisationSummary l, int? currentVersion, DateOnly today)
    {
        var mou = l.LeftOn is not null ? MouState.Ended : l.MouExpiresOn < today ? MouState.Expired : MouState.Active;
        var sop = !l.SopRecorded ? SopState.None
            : !l.SopApproved ? SopState.Draft
            : l.SopReviewDate < today ? SopState.ReviewOverdue : SopState.Approved;
        // A practice that left has nothing more to review.
        DateOnly? next = l.LeftOn is not null ? null : new[] { l.SopReviewDate, l.MouExpiresOn, l.LocalisationReviewDate }.Where(d => d is not null).Min();
        return new CoverageRow(
            practice.OdsCode, practice.Practice!.Details.Name, practice.Practice.Details.PcnCode, l.ProgrammeId, mou, sop,
            l.StatusOn(today, currentVersion), l.VersionsBehind(currentVersion), l.ApplicableHazards, l.NotAssessedHazards,
            l.HighestLocalResidualRating, next, next < today);
    }
}
