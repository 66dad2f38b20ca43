using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;
using GpSafetyHub.Errors;
using GpSafetyHub.Localisations;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Operations.Alerts;
using GpSafetyHub.Practices;
using GpSafetyHub.Operations.Programmes;

namespace GpSafetyHub.Operations.Coverage;

/// <summary>An ICB's coverage: its practice × programme rows filtered, ordered and paged, and its summaries.</summary>
public sealed record GetIcbCoverage(
    string Icb, string? ProgrammeId = null, LocalisationStatus? Status = null, bool? Overdue = null, int? MinResidualRating = null,
    string? Pcn = null, CoverageOrder OrderBy = CoverageOrder.Practice, int First = 100, int Offset = 0) : IQuery<IcbCoveragePage>
{
    public const int MaxPage = 500;

    public ValueTask<HubException?> Access(OperationContext context) =>
        Rules.IcbOrNational(context, Icb, "Only the ICB itself and national users see an ICB's coverage.");

    public async Task<IcbCoveragePage> Run(OperationContext context)
    {
        var coverage = await CoverageReads.OfIcbAsync(context, OrganisationCodes.RequireIcb(Icb));
        if (First is < 1 or > MaxPage) throw new ValidationFailedException("first", $"must be from 1 to {MaxPage}");
        if (Offset < 0) throw new ValidationFailedException("offset", "must not be negative");
        if (MinResidualRating is < 1 or > 5) throw new ValidationFailedException("minResidualRating", "must be from 1 to 5");
        var programme = ProgrammeId is { } given ? GpSafetyHub.Programmes.ProgrammeId.Parse(given).Value : null;
        var filter = new CoverageFilter(programme, Status, Overdue, MinResidualRating, Pcn?.Trim().ToUpperInvariant());
        // Unfiltered in the default order (the dashboard's first view), the page is read off the rows as they are kept.
        if (filter.KeepsAll && OrderBy == CoverageOrder.Practice)
            return new IcbCoveragePage(coverage, coverage.Rows.Skip(Offset).Take(First).ToArray(), coverage.Rows.Count);
        var rows = coverage.Rows.Where(filter.Keeps);
        rows = OrderBy switch
        {
            CoverageOrder.HighestResidual => rows.OrderByDescending(r => r.HighestLocalResidualRating ?? 0).ThenBy(r => r.OdsCode, StringComparer.Ordinal).ThenBy(r => r.ProgrammeId, StringComparer.Ordinal),
            CoverageOrder.NextReview => rows.OrderBy(r => r.NextReviewDate ?? DateOnly.MaxValue).ThenBy(r => r.OdsCode, StringComparer.Ordinal).ThenBy(r => r.ProgrammeId, StringComparer.Ordinal),
            _ => rows,
        };
        var kept = rows.ToArray();
        return new IcbCoveragePage(coverage, kept.Skip(Offset).Take(First).ToArray(), kept.Length);
    }
}

/// <summary>Coverage rolled up for every ICB, and each ICB's own figures: for national users.</summary>
public sealed record GetNationalCoverage : IQuery<NationalCoverage>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.Role(context, HubRole.National, "Only national users see national coverage.");

    public async Task<NationalCoverage> Run(OperationContext context)
    {
        var each = await CoverageReads.EachIcbCoverageAsync(context);
        return new NationalCoverage(
            new IcbCoveragePage(IcbCoverage.Combine(IcbCoverage.National, each), [], each.Sum(c => c.Rows.Count)),
            // An ICB left with no practices (merged into another) is no longer part of the estate.
            each.Where(c => c.Practices > 0).Select(c => new IcbCoveragePage(c with { Rows = [] }, [], c.Rows.Count)).ToArray());
    }
}

/// <summary>CAS alerts the ICB's practices have still to answer, with the ICB's figures for each; none for national figures.</summary>
public sealed record ListIcbOutstandingAlerts(string Icb) : IQuery<IReadOnlyList<IcbCasAlert>>
{
    public ValueTask<HubException?> Access(OperationContext context) => IcbFigures.Rule(context, Icb);

    public async Task<IReadOnlyList<IcbCasAlert>> Run(OperationContext context)
    {
        if (Icb == IcbCoverage.National) return [];
        return (await AlertReads.ForPracticesAsync(context, await CoverageReads.RowsOfAsync(context, OrganisationCodes.RequireIcb(Icb))))
            .Where(s => s.Practices.Any(p => p.Outstanding))
            .Select(s => new IcbCasAlert(s.Alert, CasAlertTotals.Of(s.Practices)))
            .ToArray();
    }
}

/// <summary>The ICB's practices with no CAS contact registered; none for national figures.</summary>
public sealed record ListPracticesWithoutCasContact(string Icb) : IQuery<IReadOnlyList<PracticeView>>
{
    public ValueTask<HubException?> Access(OperationContext context) => IcbFigures.Rule(context, Icb);

    public async Task<IReadOnlyList<PracticeView>> Run(OperationContext context) => Icb == IcbCoverage.National
        ? []
        : (await context.Grains.GetGrain<IIcbEstateGrain>(OrganisationCodes.RequireIcb(Icb)).Practices()).Where(p => p.Details.Contacts.CasContactEmail is null).ToArray();
}

internal static class IcbFigures
{
    public static ValueTask<HubException?> Rule(OperationContext context, string icb) =>
        Rules.IcbOrNational(context, icb, "Only the ICB itself and national users see an ICB's alerts and contacts.");
}
