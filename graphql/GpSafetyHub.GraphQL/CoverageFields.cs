using GpSafetyHub.Coverage;
using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Types;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

/// <summary>ICB and national coverage queries, and the rebuild of an ICB's read model.</summary>
internal static class CoverageFields
{
    private const int MaxPage = 500;

    public static void AddCoverageQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<IcbCoverageGraphType>>("icbCoverage")
            .Description("An ICB's safety coverage: every practice × programme row (filtered, ordered, paged) and the ICB's summaries.")
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's code, e.g. QHM.")
            .Argument<IdGraphType>("programmeId", "Only rows of this programme.")
            .Argument<LocalisationStatusGraphType>("status", "Only rows in this status.")
            .Argument<BooleanGraphType>("overdue", "Only rows past (true) or not past (false) a review date.")
            .Argument<IntGraphType>("minResidualRating", "Only rows whose highest local residual rating is at least this (1–5).")
            .Argument<IdGraphType>("pcn", "Only practices of this PCN.")
            .Argument<CoverageOrderGraphType>("orderBy", "The order of the rows (default PRACTICE).")
            .Argument<IntGraphType>("first", $"How many rows, 1 to {MaxPage} (default 100).")
            .Argument<IntGraphType>("offset", "How many rows to skip (default 0).")
            .ResolveAsync(async ctx =>
            {
                var icb = OrganisationCodes.RequireIcb(ctx.GetArgument<string>("icb"));
                var coverage = await IcbCoverageAsync(ctx, icb, await CurrentVersionsAsync(ctx));
                return Page(ctx, coverage);
            });

        query.Field<NonNullGraphType<NationalCoverageGraphType>>("nationalCoverage")
            .Description("Coverage rolled up for every ICB, and each ICB's own figures (without rows).")
            .ResolveAsync(async ctx =>
            {
                var versions = await CurrentVersionsAsync(ctx);
                var icbs = await ctx.Grains().GetGrain<IIcbDirectoryGrain>(IIcbDirectoryGrain.Key).List();
                var each = await Task.WhenAll(icbs.Select(icb => IcbCoverageAsync(ctx, icb, versions)));
                return new NationalCoverage(
                    new IcbCoveragePage(IcbCoverage.Combine(IcbCoverage.National, each), [], each.Sum(c => c.Rows.Count)),
                    // An ICB left with no practices (merged into another) is no longer part of the estate.
                    each.Where(c => c.Practices > 0).Select(c => new IcbCoveragePage(c with { Rows = [] }, [], c.Rows.Count)).ToArray());
            });
    }

    public static void AddCoverageMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<IntGraphType>>("rebuildIcbCoverage")
            .Description("Administration: rebuilds an ICB's coverage read model from the localisations themselves. Returns how many practices were rebuilt.")
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's code.")
            .ResolveAsync(async ctx =>
            {
                ctx.Actor();
                var icb = OrganisationCodes.RequireIcb(ctx.GetArgument<string>("icb"));
                return (await ctx.Grains().GetGrain<IIcbEstateGrain>(icb).Rebuild()).Count;
            });

    private static async Task<IReadOnlyDictionary<string, int?>> CurrentVersionsAsync(IResolveFieldContext ctx) =>
        (await ctx.Grains().GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List())
            .ToDictionary(p => p.Id, p => p.CurrentVersion, StringComparer.Ordinal);

    private static async Task<IcbCoverage> IcbCoverageAsync(IResolveFieldContext ctx, string icb, IReadOnlyDictionary<string, int?> versions) =>
        IcbCoverage.Compute(icb, await ctx.Grains().GetGrain<IIcbEstateGrain>(icb).Coverage(), versions, ctx.Today());

    private static IcbCoveragePage Page(IResolveFieldContext ctx, IcbCoverage coverage)
    {
        var first = ctx.GetArgument("first", 100);
        var offset = ctx.GetArgument("offset", 0);
        if (first is < 1 or > MaxPage) throw new ValidationFailedException("first", $"must be from 1 to {MaxPage}");
        if (offset < 0) throw new ValidationFailedException("offset", "must not be negative");
        var minRating = ctx.GetArgument<int?>("minResidualRating");
        if (minRating is < 1 or > 5) throw new ValidationFailedException("minResidualRating", "must be from 1 to 5");
        var programme = ctx.GetArgument<string?>("programmeId") is { } given ? ProgrammeId.Parse(given).Value : null;
        var filter = new CoverageFilter(
            programme, ctx.GetArgument<LocalisationStatus?>("status"), ctx.GetArgument<bool?>("overdue"), minRating,
            ctx.GetArgument<string?>("pcn")?.Trim().ToUpperInvariant());
        var rows = coverage.Rows.Where(filter.Keeps);
        rows = ctx.GetArgument("orderBy", CoverageOrder.Practice) switch
        {
            CoverageOrder.HighestResidual => rows.OrderByDescending(r => r.HighestLocalResidualRating ?? 0).ThenBy(r => r.OdsCode, StringComparer.Ordinal).ThenBy(r => r.ProgrammeId, StringComparer.Ordinal),
            CoverageOrder.NextReview => rows.OrderBy(r => r.NextReviewDate ?? DateOnly.MaxValue).ThenBy(r => r.OdsCode, StringComparer.Ordinal).ThenBy(r => r.ProgrammeId, StringComparer.Ordinal),
            _ => rows,
        };
        var kept = rows.ToArray();
        return new IcbCoveragePage(coverage, kept.Skip(offset).Take(first).ToArray(), kept.Length);
    }
}
