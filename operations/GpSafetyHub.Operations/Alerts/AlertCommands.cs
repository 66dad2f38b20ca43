using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Alerts;

/// <summary>Records a CAS alert: by the CSO function of every programme it names, or an administrator.</summary>
public sealed record RecordCasAlert(string Reference, CasAlertDetails Alert) : ICommand<CasAlertView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.AlertAuthor(context, Alert);

    public Task<CasAlertView> Run(OperationContext context) => context.Alert(Reference).Record(Alert, context.Caller.Actor);
}

/// <summary>Replaces an alert's details. Authors of both the alert as it stands and as amended may.</summary>
public sealed record AmendCasAlert(string Reference, long ExpectedVersion, CasAlertDetails Alert, string Reason) : ICommand<CasAlertView>
{
    public async ValueTask<HubException?> Access(OperationContext context)
    {
        var reference = CasAlertReference.Require(Reference);
        // An alert the caller may not see answers as one never recorded; one it sees but did not author is refused.
        if (await Rules.VisibleAlertAsync(context, reference) is not { } current) return Rules.MissingAlert(reference);
        return await Rules.AlertAuthor(context, current.Details) ?? await Rules.AlertAuthor(context, Alert);
    }

    public Task<CasAlertView> Run(OperationContext context) => context.Alert(Reference).Amend(ExpectedVersion, Alert, Reason, context.Caller.Actor);
}

/// <summary>A practice acknowledges an alert that concerns it; acknowledging again changes nothing.</summary>
public sealed record AcknowledgeCasAlert(string Reference, string OdsCode) : ICommand<CasAlertPractice>
{
    public ValueTask<HubException?> Access(OperationContext context) => AlertAnswer.Rule(context, Reference, OdsCode);

    public async Task<CasAlertPractice> Run(OperationContext context)
    {
        var ods = OrganisationCodes.RequirePractice(OdsCode);
        await context.Alert(Reference).Acknowledge(ods, context.Caller.Actor);
        return await AlertReads.StandingAsync(context, Reference, ods);
    }
}

/// <summary>A practice records what it did about an alert it acknowledged; earlier responses are kept.</summary>
public sealed record RespondToCasAlert(string Reference, string OdsCode, CasResponseOutcome Outcome, string Details) : ICommand<CasAlertPractice>
{
    public ValueTask<HubException?> Access(OperationContext context) => AlertAnswer.Rule(context, Reference, OdsCode);

    public async Task<CasAlertPractice> Run(OperationContext context)
    {
        var ods = OrganisationCodes.RequirePractice(OdsCode);
        await context.Alert(Reference).Respond(ods, Outcome, Details, context.Caller.Actor);
        return await AlertReads.StandingAsync(context, Reference, ods);
    }
}

internal static class AlertAnswer
{
    /// <summary>The practice itself, about an alert it may see: one hidden from it answers exactly as one never recorded.</summary>
    public static async ValueTask<HubException?> Rule(OperationContext context, string reference, string odsCode) =>
        await Rules.OwnPractice(context, odsCode) ?? await Rules.SeesAlert(context, reference);
}
