using GpSafetyHub.Grains.Deployments;
using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Silo;

internal static class HubSiloExtensions
{
    /// <summary>Makes this host an Orleans silo with the hub's grains and Azure Table storage.</summary>
    public static WebApplicationBuilder AddHubSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(HubClusterOptions.SectionName).Get<HubClusterOptions>() ?? new HubClusterOptions();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort)
            .AddHubTableStorage());
        builder.Services.AddKeyedSingleton<TimeProvider>(Orleans.Runtime.TimeProviderNames.Membership, new SiloStartClock());
        builder.Services.AddOptions<GpSafetyHub.Grains.Alerts.CasAlertOptions>().BindConfiguration(GpSafetyHub.Grains.Alerts.CasAlertOptions.SectionName);
        builder.Services.AddHubDeployments();
        return builder;
    }
}
