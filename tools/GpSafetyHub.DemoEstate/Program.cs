using GpSafetyHub;
using GpSafetyHub.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Loads the demo estate into a hub running on this machine (./tools/run-hub.sh runs it unless told no-demo):
// it joins the hub's Orleans cluster as a client on the gateway port (Cluster:GatewayPort, 30000),
// with the hub's cluster and service ids (Cluster:ClusterId, Cluster:ServiceId; "default" unless set).
var builder = Host.CreateApplicationBuilder(args);
var cluster = builder.Configuration.GetSection("Cluster");
builder.UseOrleansClient(client => client
    .UseLocalhostClustering(cluster.GetValue("GatewayPort", 30000))
    .Configure<Orleans.Configuration.ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster["ClusterId"] ?? "default", cluster["ServiceId"] ?? "default")));
builder.Services.AddKeyedSingleton(HubClock.Key, TimeProvider.System);
using var host = builder.Build();
await host.StartAsync();
await ActivatorUtilities.CreateInstance<DemoEstate>(host.Services).LoadAsync();
await host.StopAsync();
