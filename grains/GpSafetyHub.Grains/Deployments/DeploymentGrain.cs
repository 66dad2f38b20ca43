using GpSafetyHub.Deployments;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Deployments;

/// <summary>
/// A practice's deployment of a programme, event-sourced. It stores the steps recorded for it; what
/// it inherits (the programme's artefacts, its ICB's blanket permission, the localisation's
/// clinical-safety step) is read when a step is recorded, so each change is checked against the
/// deployment as it effectively stands. After each change it tells the programme's deployment board.
/// </summary>
[GrainType("deployment")]
public sealed class DeploymentGrain(JournalStore store, [FromKeyedServices(HubClock.Key)] TimeProvider clock, ILogger<DeploymentGrain> logger)
    : JournaledGrain<DeploymentState, DeploymentEvent>(store, clock, logger), IDeploymentGrain
{
    private string _programmeId = null!;
    private string _odsCode = null!;

    protected override string StreamId => $"deployment/{this.GetPrimaryKeyString()}";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        (_programmeId, _odsCode) = (key[..slash], key[(slash + 1)..]);
        return base.OnActivateAsync(cancellationToken);
    }

    protected override Task PublishAsync(bool afterActivation)
    {
        if (State.Revision == 0) return Task.CompletedTask;
        var records = View();
        var sent = ReadModels.SendAsync($"deployment-board/{_programmeId}", () => GrainFactory.GetGrain<IDeploymentBoardGrain>(_programmeId).Upsert(records));
        // A step's answer waits for the board's first attempt, so whoever opens the board next (the
        // ICB, a second later) sees the step; a failed attempt is retried and the answer still goes.
        return afterActivation ? Task.CompletedTask : sent;
    }

    public async Task<DeploymentRecords> RecordStep(int expectedRevision, StepChange change, Actor actor)
    {
        var plan = DeploymentStanding.Plan(await GrainFactory.SourcesAsync(_programmeId, _odsCode, View()), Today);
        await Record(State.DecideRecord(_programmeId, _odsCode, expectedRevision, plan, change, actor, Today), actor, null);
        return View();
    }

    public Task<DeploymentRecords> Get() => Task.FromResult(View());

    public Task<HistoryPage> GetHistory(int first, long? before) => ReadHistory(first, before, DeploymentHistory.Describe);

    private DeploymentRecords View() => State.View(_programmeId, _odsCode, Version);
}
