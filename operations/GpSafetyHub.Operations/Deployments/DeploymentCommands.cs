using GpSafetyHub.Deployments;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Operations.Deployments;

/// <summary>
/// Records one step of a practice's deployment. The practice records its own steps; its ICB may
/// record any of them (the ICB's reviews, on an ICB-led route), and only its ICB decides the ICB
/// permission step, or changes it once decided (so a practice cannot set aside a prohibition).
/// </summary>
public sealed record RecordDeploymentStep(string ProgrammeId, string OdsCode, int ExpectedRevision, StepChange Change) : ICommand<DeploymentView>
{
    public async ValueTask<HubException?> Access(OperationContext context)
    {
        if (await DeploymentRules.Reads(context, ProgrammeId, OdsCode) is { } hidden) return hidden;
        var decidesPermission = Change.Step == DeploymentStep.IcbPermission && Change.Status is StepStatus.Done or StepStatus.NotApplicable;
        if (Normal.Code(OdsCode) is { } ods)
        {
            if (!decidesPermission && context.Caller.IsPractice(ods) && !await IcbHasDecidedAsync(context)) return null;
            if (await context.Scope.IsIcbOfPracticeAsync(ods)) return null;
        }

        return Rules.Forbidden(Change.Step == DeploymentStep.IcbPermission
            ? "Only the practice's ICB decides its permission to deploy, or changes it once decided."
            : "Only the practice itself or its ICB records its deployment steps.");
    }

    private async Task<bool> IcbHasDecidedAsync(OperationContext context) =>
        Change.Step == DeploymentStep.IcbPermission
        && (await context.Deployment(ProgrammeId, OdsCode).Get()).Steps.Any(s => s.Step == DeploymentStep.IcbPermission && s.Permission is not null);

    public async Task<DeploymentView> Run(OperationContext context)
    {
        await context.Deployment(ProgrammeId, OdsCode).RecordStep(ExpectedRevision, Change, context.Caller.Actor);
        return await DeploymentReads.OneAsync(context, ProgrammeId, OdsCode);
    }
}

/// <summary>Declares (or changes) how the programme's software is procured, which decides who does each step: the programme's CSO function.</summary>
public sealed record DeclareProcurementRoute(string ProgrammeId, int ExpectedRevision, ProcurementRoute Route) : ICommand<ProgrammeDeploymentView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public Task<ProgrammeDeploymentView> Run(OperationContext context) =>
        context.ProgrammeDeployment(ProgrammeId).DeclareRoute(ExpectedRevision, Route, context.Caller.Actor);
}

/// <summary>Records an artefact every practice's deployment shares (a DTAC, a DPIA template, a DPA, an IT assessment): the programme's CSO function.</summary>
public sealed record RecordProgrammeArtefact(string ProgrammeId, int ExpectedRevision, ProgrammeArtefactKind Kind, string Reference, string? Note) : ICommand<ProgrammeDeploymentView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public Task<ProgrammeDeploymentView> Run(OperationContext context) =>
        context.ProgrammeDeployment(ProgrammeId).RecordArtefact(ExpectedRevision, Kind, Reference, Note, context.Caller.Actor);
}

/// <summary>Records an ICB's permission for the whole programme, inherited by each of its practices: the ICB itself.</summary>
public sealed record RecordBlanketPermission(
    string ProgrammeId, string Icb, int ExpectedRevision, PermissionDecision Decision, string? Note, string? Evidence) : ICommand<ProgrammeDeploymentView>
{
    public async ValueTask<HubException?> Access(OperationContext context) =>
        await Rules.ReadsProgramme(context, ProgrammeId) ?? (context.Caller.IsIcb(Normal.Code(Icb)) ? null : Rules.Forbidden("Only the ICB itself records its permission."));

    public Task<ProgrammeDeploymentView> Run(OperationContext context) =>
        context.ProgrammeDeployment(ProgrammeId).RecordPermission(ExpectedRevision, Icb, Decision, Note, Evidence, context.Caller.Actor);
}
