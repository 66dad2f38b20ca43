using GpSafetyHub.Alerts;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Alerts;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Alerts;

/// <summary>CAS alerts: recording and amending them, practices' acknowledgements and responses, and reading them.</summary>
internal static class AlertFields
{
    public static void AddAlertQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CasAlertGraphType>>("casAlert")
            .Description("A CAS alert by reference. NOT_FOUND if none is recorded.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .Runs(ctx => new GetCasAlert(ctx.GetArgument<string>("reference")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasAlertGraphType>>>>("casAlerts")
            .Description("Every recorded CAS alert the caller may see, newest issue date first.")
            .Runs(_ => new ListCasAlerts());
    }

    public static void AddAlertMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CasAlertGraphType>>("recordCasAlert")
            .Description("Records a CAS alert. Practices it concerns are e-mailed within a minute, once. CONFLICT if the reference is already recorded.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference, e.g. NatPSA/2025/001/NHSPS.")
            .Argument<NonNullGraphType<CasAlertInputGraphType>>("alert", "The alert.")
            .Runs(ctx => new RecordCasAlert(ctx.GetArgument<string>("reference"), ctx.GetArgument<CasAlertDetails>("alert")));

        mutation.Field<NonNullGraphType<CasAlertGraphType>>("amendCasAlert")
            .Description("Replaces an alert's details (a new deadline, say). CONFLICT, changing nothing, if the alert is no longer at expectedVersion.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .Argument<NonNullGraphType<LongGraphType>>("expectedVersion", "The alert version the amendment is based on.")
            .Argument<NonNullGraphType<CasAlertInputGraphType>>("alert", "The alert's new details (all of them).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is amended (recorded in the history).")
            .Runs(ctx => new AmendCasAlert(
                ctx.GetArgument<string>("reference"), ctx.GetArgument<long>("expectedVersion"), ctx.GetArgument<CasAlertDetails>("alert"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<CasAlertPracticeGraphType>>("acknowledgeCasAlert")
            .Description("A practice acknowledges an alert that concerns it. Acknowledging again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Runs(ctx => new AcknowledgeCasAlert(ctx.GetArgument<string>("reference"), ctx.GetArgument<string>("odsCode")));

        mutation.Field<NonNullGraphType<CasAlertPracticeGraphType>>("respondToCasAlert")
            .Description("A practice records what it did about an alert, or why nothing was needed. It must have acknowledged the alert; a later response is added after the earlier ones, which are kept.")
            .Argument<NonNullGraphType<IdGraphType>>("reference", "The alert's CAS reference.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Argument<NonNullGraphType<CasResponseInputGraphType>>("response", "The response.")
            .Runs(ctx =>
            {
                var response = ctx.GetArgument<CasResponseInput>("response");
                return new RespondToCasAlert(ctx.GetArgument<string>("reference"), ctx.GetArgument<string>("odsCode"), response.Outcome, response.Details);
            });
    }
}
