using GpSafetyHub.Alerts;
using GpSafetyHub.GraphQL.Inputs;
using GpSafetyHub.GraphQL.Types;
using GpSafetyHub.Practices;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

/// <summary>CAS alerts: recording and amending them, practices' acknowledgements and responses, and reading them.</summary>
internal static class AlertFields
{
    public static void AddAlertQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CasAlertGraphType>>("casAlert")
            .Description("A CAS alert by reference. NOT_FOUND if none is recorded.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .ResolveAsync(async ctx => await ctx.Alert().Get());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasAlertGraphType>>>>("casAlerts")
            .Description("Every recorded CAS alert the caller may see, newest issue date first.")
            .ResolveAsync(async ctx =>
            {
                var checks = ctx.Checks();
                return await (await ctx.Grains().GetGrain<ICasAlertDirectoryGrain>(ICasAlertDirectoryGrain.Key).List()).VisibleAsync(checks.SeesAlertAsync);
            });
    }

    public static void AddAlertMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CasAlertGraphType>>("recordCasAlert")
            .Description("Records a CAS alert. Practices it concerns are e-mailed within a minute, once. CONFLICT if the reference is already recorded.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference, e.g. NatPSA/2025/001/NHSPS.")
            .Argument<NonNullGraphType<CasAlertInputGraphType>>("alert", "The alert.")
            .ResolveAsync(async ctx => await ctx.Alert().Record(ctx.GetArgument<CasAlertDetails>("alert"), ctx.Actor()));

        mutation.Field<NonNullGraphType<CasAlertGraphType>>("amendCasAlert")
            .Description("Replaces an alert's details (a new deadline, say). CONFLICT, changing nothing, if the alert is no longer at expectedVersion.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .Argument<NonNullGraphType<LongGraphType>>("expectedVersion", "The alert version the amendment is based on.")
            .Argument<NonNullGraphType<CasAlertInputGraphType>>("alert", "The alert's new details (all of them).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is amended (recorded in the history).")
            .ResolveAsync(async ctx => await ctx.Alert().Amend(
                ctx.GetArgument<long>("expectedVersion"), ctx.GetArgument<CasAlertDetails>("alert"), ctx.GetArgument<string>("reason"), ctx.Actor()));

        mutation.Field<NonNullGraphType<CasAlertPracticeGraphType>>("acknowledgeCasAlert")
            .Description("A practice acknowledges an alert that concerns it. Acknowledging again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .ResolveAsync(async ctx =>
            {
                var ods = OrganisationCodes.RequirePractice(ctx.GetArgument<string>("odsCode"));
                await ctx.Alert().Acknowledge(ods, ctx.Actor());
                return await PracticeStandingAsync(ctx, ods);
            });

        mutation.Field<NonNullGraphType<CasAlertPracticeGraphType>>("respondToCasAlert")
            .Description("A practice records what it did about an alert, or why nothing was needed. It must have acknowledged the alert; a later response is added after the earlier ones, which are kept.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Argument<NonNullGraphType<CasResponseInputGraphType>>("response", "The response.")
            .ResolveAsync(async ctx =>
            {
                var ods = OrganisationCodes.RequirePractice(ctx.GetArgument<string>("odsCode"));
                var response = ctx.GetArgument<CasResponseInput>("response");
                await ctx.Alert().Respond(ods, response.Outcome, response.Details, ctx.Actor());
                return await PracticeStandingAsync(ctx, ods);
            });
    }

    /// <summary>The alert named by the <c>reference</c> argument, in its normal form.</summary>
    private static ICasAlertGrain Alert(this IResolveFieldContext ctx) =>
        ctx.Grains().GetGrain<ICasAlertGrain>(CasAlertReference.Require(ctx.GetArgument<string>("reference")));

    /// <summary>Where the practice stands with the alert after its change.</summary>
    private static async Task<CasAlertPractice> PracticeStandingAsync(IResolveFieldContext ctx, string ods)
    {
        var alert = ctx.Alert();
        var row = await ctx.Grains().GetGrain<IPracticeGrain>(ods).GetCoverage();
        var standing = CasAlertProgress.Practices(await alert.Get(), await alert.Records([ods]), [row], ctx.Today());
        return standing.Single();
    }
}
