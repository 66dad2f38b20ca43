namespace GpSafetyHub.Grains.Storage;

/// <summary>Creates the hub's tables before any grain can run, so the first write never races table creation.</summary>
internal sealed class TableCreation(HubTables tables) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe<TableCreation>(ServiceLifecycleStage.RuntimeInitialize, tables.CreateIfMissingAsync);
}
