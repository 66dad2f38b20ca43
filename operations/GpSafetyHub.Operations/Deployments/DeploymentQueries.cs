using GpSafetyHub.Coverage;
using GpSafetyHub.Deployments;
using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Operations.Coverage;
using GpSafetyHub.Operations.Programmes;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Deployments;

/// <summary>A practice's deployment of a programme, every step with its clock: for whoever may read its localisation and the programme.</summary>
public sealed record GetDeployment(string ProgrammeId, string OdsCode) : IQuery<DeploymentView>
{
    public ValueTask<HubException?> Access(OperationContext context) => DeploymentRules.Reads(context, ProgrammeId, OdsCode);

    public Task<DeploymentView> Run(OperationContext context) => DeploymentReads.OneAsync(context, ProgrammeId, OdsCode);
}

/// <summary>Every change to a practice's deployment steps, newest first.</summary>
public sealed record GetDeploymentHistory(string ProgrammeId, string OdsCode, int First, long? Before) : IQuery<HistoryPage>
{
    public ValueTask<HubException?> Access(OperationContext context) => DeploymentRules.Reads(context, ProgrammeId, OdsCode);

    public Task<HistoryPage> Run(OperationContext context) => context.Deployment(ProgrammeId, OdsCode).GetHistory(First, Before);
}

/// <summary>A practice's deployments: each programme it joined or recorded a step of, whose route is declared.</summary>
public sealed record ListPracticeDeployments(string OdsCode) : IQuery<IReadOnlyList<DeploymentView>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsPractice(context, OdsCode);

    public async Task<IReadOnlyList<DeploymentView>> Run(OperationContext context) =>
        await DeploymentReads.ForPracticesAsync(context, [await context.Practice(OdsCode).GetCoverage()], null);
}

/// <summary>A programme's deployment set-up: route, shared artefacts, ICBs' blanket permissions. For whoever may read the programme.</summary>
public sealed record GetProgrammeDeployment(string ProgrammeId) : IQuery<ProgrammeDeploymentView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public Task<ProgrammeDeploymentView> Run(OperationContext context) => context.ProgrammeDeployment(ProgrammeId).Get();
}

/// <summary>Every change to a programme's deployment set-up, newest first.</summary>
public sealed record GetProgrammeDeploymentHistory(string ProgrammeId, int First, long? Before) : IQuery<HistoryPage>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public Task<HistoryPage> Run(OperationContext context) => context.ProgrammeDeployment(ProgrammeId).GetHistory(First, Before);
}

/// <summary>
/// An ICB's deployment board: every deployment of its practices, filtered by programme and by whose
/// turn it is, with the KPI figures. For the ICB itself and national users.
/// </summary>
public sealed record GetIcbDeploymentBoard(string Icb, string? ProgrammeId = null, DeploymentParty? Turn = null) : IQuery<DeploymentBoard>
{
    public ValueTask<HubException?> Access(OperationContext context) =>
        Rules.IcbOrNational(context, Icb, "Only the ICB itself and national users see an ICB's deployments.");

    public async Task<DeploymentBoard> Run(OperationContext context)
    {
        var icb = OrganisationCodes.RequireIcb(Icb);
        var programme = ProgrammeId is { } given ? GpSafetyHub.Programmes.ProgrammeId.Parse(given).Value : null;
        var deployments = await DeploymentReads.ForPracticesAsync(context, await CoverageReads.RowsOfAsync(context, icb), programme);
        return Board.Of(context, icb, deployments, Turn, await ProgrammeReads.ListingsAsync(context));
    }
}

/// <summary>Where each practice stands with a programme's deployment: for its CSO function and national users.</summary>
public sealed record GetProgrammeDeploymentBoard(string ProgrammeId, DeploymentParty? Turn = null) : IQuery<DeploymentBoard>
{
    public async ValueTask<HubException?> Access(OperationContext context) =>
        await Rules.ReadsProgramme(context, ProgrammeId)
        ?? (context.Caller.Has(HubRole.National) || await Rules.CsoOfProgramme(context, ProgrammeId) is null ? null
            : Rules.Forbidden("Only the programme's CSO function and national users see where every practice stands."));

    public async Task<DeploymentBoard> Run(OperationContext context)
    {
        var id = GpSafetyHub.Programmes.ProgrammeId.Parse(ProgrammeId).Value;
        await context.ProgrammeDeployment(id).Get(); // NOT_FOUND for a programme that does not exist
        var listings = await ProgrammeReads.ListingsAsync(context);
        var estate = (await CoverageReads.EachIcbAsync(context)).SelectMany(icb => icb.Rows);
        return Board.Of(context, id, await DeploymentReads.ForPracticesAsync(context, estate, id), Turn, listings.Where(l => l.Id == id).ToArray());
    }
}

internal static class Board
{
    public static DeploymentBoard Of(
        OperationContext context, string scope, IReadOnlyList<DeploymentView> deployments, DeploymentParty? turn, IReadOnlyList<GpSafetyHub.Programmes.ProgrammeListing> programmes) =>
        new(scope, deployments.Where(d => turn is not { } party || d.Turn.Contains(party)).ToArray(),
            DeploymentFigures.Of(deployments, context.Deployments, context.Today), programmes);
}
