using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Operations.Access;

/// <summary>
/// The rules operations share. Each answers null to allow, or the refusal to give. Reads of a
/// record the caller may not see answer exactly as if it did not exist, so scopes do not leak existence.
/// </summary>
internal static class Rules
{
    private static readonly ValueTask<HubException?> Allowed = ValueTask.FromResult<HubException?>(null);

    /// <summary>Anyone signed in: for reads that filter what they return to what the caller may see.</summary>
    public static ValueTask<HubException?> Anyone => Allowed;

    public static ValueTask<HubException?> Role(OperationContext context, HubRole role, string refusal) =>
        ValueTask.FromResult(context.Caller.Has(role) ? null : Forbidden(refusal));

    public static async ValueTask<HubException?> ReadsProgramme(OperationContext context, string? programmeId) =>
        Normal.Text(programmeId) is { } id && !await context.Scope.ReadsProgrammeAsync(id) ? new NotFoundException($"No programme has the id '{id}'.", "programmeId") : null;

    public static async ValueTask<HubException?> CsoOfProgramme(OperationContext context, string? programmeId) =>
        Normal.Text(programmeId) is { } id && await context.Scope.IsCsoOfAsync(id) ? null : Forbidden("Only the programme's CSO function changes its hazard log.");

    public static async ValueTask<HubException?> ReadsPractice(OperationContext context, string? odsCode) =>
        Normal.Code(odsCode) is { } ods && !await context.Scope.ReadsPracticeAsync(ods) ? MissingPractice(ods) : null;

    public static async ValueTask<HubException?> ReadsLocalisation(OperationContext context, string? programmeId, string? odsCode) =>
        Normal.Code(odsCode) is { } ods && Normal.Text(programmeId) is { } programme && !await context.Scope.ReadsLocalisationAsync(programme, ods)
            ? MissingPractice(ods) : null;

    public static ValueTask<HubException?> OwnPractice(OperationContext context, string? odsCode) =>
        ValueTask.FromResult(Normal.Code(odsCode) is { } ods && context.Caller.IsPractice(ods) ? null : Forbidden("Only the practice itself does this."));

    public static async ValueTask<HubException?> CsoOrPractice(OperationContext context, string? programmeId, string? odsCode) =>
        (Normal.Code(odsCode) is { } ods && context.Caller.IsPractice(ods)) || (Normal.Text(programmeId) is { } programme && await context.Scope.IsCsoOfAsync(programme))
            ? null : Forbidden("Only the practice itself or the programme's CSO function manages its MoU.");

    /// <summary>The ICB itself, or national users.</summary>
    public static ValueTask<HubException?> IcbOrNational(OperationContext context, string? icbCode, string refusal) =>
        ValueTask.FromResult(context.Caller.Has(HubRole.National) || context.Caller.IsIcb(Normal.Code(icbCode)) ? null : Forbidden(refusal));

    /// <summary>An alert the caller may see; one hidden from them answers exactly as one never recorded.</summary>
    public static async ValueTask<HubException?> SeesAlert(OperationContext context, string reference) =>
        await VisibleAlertAsync(context, CasAlertReference.Require(reference)) is null ? MissingAlert(CasAlertReference.Require(reference)) : null;

    /// <summary>The alert, when it is recorded and the caller may see it; otherwise null.</summary>
    public static Task<CasAlertView?> VisibleAlertAsync(OperationContext context, string reference) => context.Once(("visible-alert", reference), async () =>
    {
        try
        {
            var alert = await context.Grains.GetGrain<ICasAlertGrain>(reference).Get();
            return await context.Scope.SeesAlertAsync(alert) ? alert : null;
        }
        catch (NotFoundException)
        {
            return (CasAlertView?)null;
        }
    });

    /// <summary>A CSO function records alerts for its own programmes; alerts to whole ICBs are recorded by administrators.</summary>
    public static async ValueTask<HubException?> AlertAuthor(OperationContext context, CasAlertDetails alert) =>
        context.Caller.Has(HubRole.Admin)
        || (context.Caller.Has(HubRole.Cso) && (alert.IcbCodes ?? []).Count == 0 && (alert.ProgrammeIds ?? []).Count > 0
            && await context.Scope.IsCsoOfAllAsync(alert.ProgrammeIds!.Select(p => p.Trim().ToLowerInvariant())))
            ? null
            : Forbidden("Only the CSO function of every programme an alert names records it; alerts to whole ICBs are recorded by administrators.");

    public static HubException MissingPractice(string ods) => new NotFoundException($"No practice with ODS code {ods} is registered.", "odsCode");

    public static HubException MissingAlert(string reference) => new NotFoundException($"No CAS alert {reference} is recorded.", "reference");

    public static HubException Forbidden(string why) => new ForbiddenException(why);
}
