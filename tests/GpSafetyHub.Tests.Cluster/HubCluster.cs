using GpSafetyHub.Grains.Deployments;
using GpSafetyHub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>Starts Orleans test clusters whose silos store state in the given Azurite.</summary>
public static class HubCluster
{
    /// <param name="azurite">Where the silos keep state.</param>
    /// <param name="quickClientTimeouts">Calls from the test give up after 5 s instead of 30 s (for tests that kill silos).</param>
    /// <param name="serviceId">
    /// The service the cluster runs: grain state is kept per service, so a cluster started again
    /// with the same id (the default) finds what the one before it stored, as a restarted hub does.
    /// </param>
    public static async Task<TestCluster> StartAsync(AzuriteServer azurite, bool quickClientTimeouts = false, string serviceId = "gp-safety-hub-tests")
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Properties[$"{HubStorageOptions.SectionName}:ConnectionString"] = azurite.ConnectionString;
        // The deployment KPI clocks need a calendar, as the silo's configuration ships one.
        builder.Properties["Deployments:BankHolidays:0"] = "2026-12-25";
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        if (quickClientTimeouts) builder.AddClientBuilderConfigurator<QuickTimeouts>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class QuickTimeouts : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<Orleans.Configuration.ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddHubTableStorage();
            siloBuilder.Services.AddHubDeployments();
            // The reminder ledger records reminders in the jobs' words, as the hub's silo does.
            siloBuilder.Services.AddSingleton<GpSafetyHub.Reminders.IReminderWording, GpSafetyHub.Jobs.ReminderWording>();
        }
    }
}
