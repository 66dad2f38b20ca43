using GpSafetyHub.Deployments;
using GpSafetyHub.Grains.ReadModels;

namespace GpSafetyHub.Grains.Deployments;

/// <summary>Every practice's recorded deployment steps for one programme, a row per practice in a table partition, held in memory while active.</summary>
[GrainType("deployment-board")]
public sealed class DeploymentBoardGrain(ReadModelStore store) : Grain, IDeploymentBoardGrain
{
    private VersionedRows<DeploymentRecords> _rows = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _rows = new(store, $"deployment-board/{this.GetPrimaryKeyString()}", r => r.OdsCode, r => r.JournalVersion);
        return _rows.LoadAsync(cancellationToken);
    }

    public Task Upsert(DeploymentRecords records) => _rows.UpsertAsync(records);

    public Task<IReadOnlyList<DeploymentRecords>> Rows() => Task.FromResult<IReadOnlyList<DeploymentRecords>>(_rows.Rows.Values.ToArray());
}
