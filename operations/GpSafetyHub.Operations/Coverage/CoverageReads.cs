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

    public static async Task<IcbCoverage> OfIcbAsync(OperationContext context, string icb) =>
        IcbCoverage.Compute(icb, await RowsOfAsync(context, icb), await ProgrammeReads.CurrentVersionsAsync(context), context.Today);
}
