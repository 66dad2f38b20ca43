using Orleans.TestingHost;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>One in-memory Azurite and one test cluster on it, shared by a test class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        await Azurite.StartAsync();
        Cluster = await HubCluster.StartAsync(Azurite);
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Azurite.StopAsync();
    }
}
