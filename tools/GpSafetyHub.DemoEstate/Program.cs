using GpSafetyHub;
using GpSafetyHub.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Loads the demo estate into a hub running on this machine (./tools/run-hub.sh runs it unless told no-demo):
// it joins the hub's Orleans cluster as a client on the gateway port (Cluster:GatewayPort, 30000).
var builder = Host.CreateApplicationBuilder(args);
var gatewayPort = builder.Configuration.GetValue("Cluster:GatewayPort", 30000);
builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort));
builder.Services.AddKeyedSingleton(HubClock.Key, TimeProvider.System);
using var host = builder.Build();
await host.StartAsync();
await ActivatorUtilities.CreateInstance<DemoEstate>(host.Services).LoadAsync();
await host.StopAsync();
