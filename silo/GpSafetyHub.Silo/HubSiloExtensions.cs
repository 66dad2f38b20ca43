using GpSafetyHub.Grains.Deployments;
using GpSafetyHub.Silo.Dashboard;
using GpSafetyHub.Grains.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace GpSafetyHub.Silo;

internal static class HubSiloExtensions
{
    /// <summary>Makes this host an Orleans silo with the hub's grains and Azure Table storage, joined to its cluster.</summary>
    public static WebApplicationBuilder AddHubSilo(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HubClusterOptions.SectionName);
        var cluster = section.Get<HubClusterOptions>() ?? new HubClusterOptions();
        // Checked before Orleans reads them, so a silo that cannot join says which setting is wrong.
        var problems = cluster.Problems().ToList();
        if (problems.Count > 0) throw new OptionsValidationException(HubClusterOptions.SectionName, typeof(HubClusterOptions), problems);

        builder.UseOrleans(silo =>
        {
            if (cluster.UsesAzureTable)
            {
                silo.UseAzureStorageClustering(options => options.Configure<HubTables>((table, tables) =>
                {
                    table.TableServiceClient = tables.Service;
                    table.TableName = tables.MembershipTableName;
                }));
                silo.ConfigureEndpoints(cluster.Address, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort);
            }

            // The same ids whichever the membership, so a hub moved from one silo to several keeps its grain state.
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));

            // How fast a silo that stopped answering is declared dead; Orleans' defaults unless configured.
            silo.Configure<ClusterMembershipOptions>(section.GetSection("FailureDetection"));
            silo.AddHubTableStorage();
            // Traces follow a request into grains and on between them (spans are made only while something listens).
            silo.AddActivityPropagation();
            silo.AddHubDashboard(builder.Configuration);
        });
        builder.Services.AddKeyedSingleton<TimeProvider>(Orleans.Runtime.TimeProviderNames.Membership, new SiloStartClock());
        builder.Services.AddOptions<GpSafetyHub.Grains.Alerts.CasAlertOptions>().BindConfiguration(GpSafetyHub.Grains.Alerts.CasAlertOptions.SectionName);
        builder.Services.AddHubDeployments();
        builder.Services.AddHostedService<SiloLossWatcher>();
        builder.Services.AddHubSharedKeyRing();
        // A stopping silo finishes in-flight requests and running jobs and hands its grains over within this.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = builder.Configuration.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(30)));
        return builder;
    }
}
