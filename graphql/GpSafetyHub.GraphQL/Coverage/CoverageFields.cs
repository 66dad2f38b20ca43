using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Coverage;
using GpSafetyHub.Localisations;
using GpSafetyHub.Programmes;
using GraphQL;
using GraphQL.Types;
using GpSafetyHub.Operations.Coverage;
using GpSafetyHub.GraphQL.Localisations;

namespace GpSafetyHub.GraphQL.Coverage;

/// <summary>ICB and national coverage queries, and the rebuild of an ICB's read model.</summary>
internal static class CoverageFields
{
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
            .Argument<IntGraphType>("first", $"How many rows, 1 to {GetIcbCoverage.MaxPage} (default 100).")
            .Argument<IntGraphType>("offset", "How many rows to skip (default 0).")
            .Runs(ctx => new GetIcbCoverage(
                ctx.GetArgument<string>("icb"), ctx.GetArgument<string?>("programmeId"), ctx.GetArgument<LocalisationStatus?>("status"),
                ctx.GetArgument<bool?>("overdue"), ctx.GetArgument<int?>("minResidualRating"), ctx.GetArgument<string?>("pcn"),
                ctx.GetArgument("orderBy", CoverageOrder.Practice), ctx.GetArgument("first", 100), ctx.GetArgument("offset", 0)));

        query.Field<NonNullGraphType<NationalCoverageGraphType>>("nationalCoverage")
            .Description("Coverage rolled up for every ICB, and each ICB's own figures (without rows).")
            .Runs(_ => new GetNationalCoverage());
    }

    public static void AddCoverageMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<IntGraphType>>("rebuildIcbCoverage")
            .Description("Administration: rebuilds an ICB's coverage read model from the localisations themselves. Returns how many practices were rebuilt.")
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's code.")
            .Runs(ctx => new RebuildIcbCoverage(ctx.GetArgument<string>("icb")));
}
