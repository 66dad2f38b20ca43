using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Tests.Support;
using Orleans.TestingHost;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>Starts Orleans test clusters whose silos store state in the given Azurite.</summary>
public static class HubCluster
{
    public static async Task<TestCluster> StartAsync(AzuriteServer azurite)
    {
        var builder = new TestClusterBuilder(1);
        builder.Properties[$"{HubStorageOptions.SectionName}:ConnectionString"] = azurite.ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddHubTableStorage();
    }
}
