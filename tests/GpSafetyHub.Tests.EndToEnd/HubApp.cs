using GpSafetyHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// The real hub host (Orleans silo + GraphQL + health) in-process, on its own free cluster ports,
/// storing to the given Azurite.
/// </summary>
public sealed class HubApp(string storageConnectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", storageConnectionString);
        builder.UseSetting("Cluster:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("GraphiQL:NodeModulesPath", RepositoryPaths.NodeModules);
    }
}
