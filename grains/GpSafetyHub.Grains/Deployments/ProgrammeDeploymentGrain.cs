using GpSafetyHub.Deployments;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.History;
using GpSafetyHub.Programmes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Deployments;

/// <summary>
/// A programme's deployment set-up, event-sourced beside its hazard log: the procurement route, the
/// artefacts shared by every practice, and ICBs' blanket permissions, each change attributed.
/// </summary>
[GrainType("programme-deployment")]
public sealed class ProgrammeDeploymentGrain(JournalStore store, [FromKeyedServices(HubClock.Key)] TimeProvider clock, ILogger<ProgrammeDeploymentGrain> logger)
    : JournaledGrain<ProgrammeDeploymentState, ProgrammeDeploymentEvent>(store, clock, logger), IProgrammeDeploymentGrain
{
    private string ProgrammeId => this.GetPrimaryKeyString();

    protected override string StreamId => $"programme-deployment/{ProgrammeId}";

    protected override Task PublishAsync(bool afterActivation) => Task.CompletedTask;

    public async Task<ProgrammeDeploymentView> DeclareRoute(int expectedRevision, ProcurementRoute route, Actor actor)
    {
        await Get();
        await Record(State.DecideRoute(ProgrammeId, expectedRevision, route), actor, null);
        return State.View(ProgrammeId);
    }

    public async Task<ProgrammeDeploymentView> RecordArtefact(int expectedRevision, ProgrammeArtefactKind kind, string reference, string? note, Actor actor)
    {
        await Get();
        await Record(State.DecideArtefact(expectedRevision, kind, reference, note, actor, Today), actor, null);
        return State.View(ProgrammeId);
    }

    public async Task<ProgrammeDeploymentView> RecordPermission(int expectedRevision, string icbCode, PermissionDecision decision, string? note, string? evidence, Actor actor)
    {
        await Get();
        await Record(State.DecidePermission(expectedRevision, icbCode, decision, note, evidence, actor, Today), actor, null);
        return State.View(ProgrammeId);
    }

    public async Task<ProgrammeDeploymentView> Get()
    {
        // The programme must exist: its hazard log answers NOT_FOUND otherwise.
        await GrainFactory.GetGrain<IProgrammeHazardLogGrain>(ProgrammeId).GetCurrentVersionNumber();
        return State.View(ProgrammeId);
    }

    public Task<HistoryPage> GetHistory(int first, long? before) => ReadHistory(first, before, DeploymentHistory.Describe);
}
