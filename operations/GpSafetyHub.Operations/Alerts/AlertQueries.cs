using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Alerts;

/// <summary>A CAS alert by reference; one the caller may not see answers as one never recorded.</summary>
public sealed record GetCasAlert(string Reference) : IQuery<CasAlertView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.SeesAlert(context, Reference);

    public async Task<CasAlertView> Run(OperationContext context) =>
        await Rules.VisibleAlertAsync(context, CasAlertReference.Require(Reference)) ?? throw Rules.MissingAlert(CasAlertReference.Require(Reference));
}

/// <summary>Every recorded CAS alert the caller may see, newest issue date first.</summary>
public sealed record ListCasAlerts : IQuery<IReadOnlyList<CasAlertView>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.Anyone;

    public async Task<IReadOnlyList<CasAlertView>> Run(OperationContext context) =>
        await (await AlertReads.AllAsync(context)).VisibleAsync(context.Scope.SeesAlertAsync);
}

/// <summary>
/// Each practice the alert concerns (and any that answered and no longer does), with its record,
/// optionally narrowed: every practice for the alert's CSOs and national users, only their own for
/// practices and ICBs.
/// </summary>
public sealed record ListAlertPractices(string Reference, CasPracticeStatus? Status = null, bool? Outstanding = null, string? Icb = null)
    : IQuery<IReadOnlyList<CasAlertPractice>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.SeesAlert(context, Reference);

    public async Task<IReadOnlyList<CasAlertPractice>> Run(OperationContext context)
    {
        var icb = Icb is { } given ? OrganisationCodes.RequireIcb(given) : null;
        return (await AlertReads.PracticesOfAsync(context, await new GetCasAlert(Reference).Run(context)))
            .Where(p => (Status is null || p.Status == Status) && (Outstanding is null || p.Outstanding == Outstanding) && (icb is null || p.IcbCode == icb))
            .ToArray();
    }
}

/// <summary>How the practices an alert concerns (those the caller sees) stand with it today.</summary>
public sealed record GetCasAlertStatus(string Reference) : IQuery<CasAlertTotals>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.SeesAlert(context, Reference);

    public async Task<CasAlertTotals> Run(OperationContext context) =>
        CasAlertTotals.Of(await AlertReads.PracticesOfAsync(context, await new GetCasAlert(Reference).Run(context)));
}

/// <summary>An alert's history, newest first, paged: its recording and every amendment.</summary>
public sealed record GetCasAlertHistory(string Reference, int First, long? Before) : IQuery<HistoryPage>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.SeesAlert(context, Reference);

    public Task<HistoryPage> Run(OperationContext context) => context.Alert(Reference).GetHistory(First, Before);
}

/// <summary>The alerts that concern a practice and that it has still to answer.</summary>
public sealed record ListOpenCasAlerts(string OdsCode) : IQuery<IReadOnlyList<CasAlertPractice>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsPractice(context, OdsCode);

    public async Task<IReadOnlyList<CasAlertPractice>> Run(OperationContext context)
    {
        var standings = await AlertReads.ForPracticesAsync(context, [await context.Practice(OdsCode).GetCoverage()]);
        return standings.SelectMany(s => s.Practices).Where(p => p.Outstanding).ToArray();
    }
}
