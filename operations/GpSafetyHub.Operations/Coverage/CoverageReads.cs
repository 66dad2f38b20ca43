using GpSafetyHub.Coverage;
using GpSafetyHub.Operations.Programmes;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Coverage;

/// <summary>The estate's rows and the coverage worked out from them, each read once per session.</summary>
internal static class CoverageReads
{
    public static Task<IReadOnlyList<IcbRows>> EachIcbAsync(OperationContext context) => context.Once("each-icb", () => context.Grains.EachIcbAsync());

    public static Task<IReadOnlyList<PracticeCoverage>> RowsOfAsync(OperationContext context, string icb) =>
        context.Once(("icb-rows", icb), () => context.Grains.GetGrain<IIcbEstateGrain>(icb).Coverage());

    /// <summary>The ICB's coverage, as its estate grain works it out and keeps it.</summary>
    public static async Task<IcbCoverage> OfIcbAsync(OperationContext context, string icb)
    {
        var versions = await ProgrammeReads.CurrentVersionsAsync(context);
        return await context.Once(("icb-coverage", icb), () => context.Grains.GetGrain<IIcbEstateGrain>(icb).ComputedCoverage(versions, context.Today));
    }

    /// <summary>Every ICB's coverage, in the directory's order.</summary>
    public static async Task<IReadOnlyList<IcbCoverage>> EachIcbCoverageAsync(OperationContext context)
    {
        var icbs = await context.Grains.GetGrain<IIcbDirectoryGrain>(IIcbDirectoryGrain.Key).List();
        return await Batches.SelectAsync(icbs, EstateReads.Parallelism, icb => OfIcbAsync(context, icb));
    }
}
