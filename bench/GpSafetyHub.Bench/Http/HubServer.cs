using System.Globalization;

namespace GpSafetyHub.Bench.Http;

/// <summary>The hub's own silo, built in Release, started as a process of its own on the given Azurite, as a deployment runs it.</summary>
internal static class HubServer
{
    public static async Task<ChildProcess> StartAsync(string storageConnectionString, string devTokenKeyFile, Uri address)
    {
        var siloDirectory = Path.Combine(RepositoryPaths.Root, "silo", "GpSafetyHub.Silo");
        var silo = Path.Combine(siloDirectory, "bin", "Release", "net10.0", "GpSafetyHub.Silo.dll");
        if (!File.Exists(silo)) throw new InvalidOperationException($"{silo} is missing: build the silo in Release first (bench/http-throughput.sh does).");
        return await ChildProcess.StartAsync("dotnet", [silo, "--contentRoot", siloDirectory, "--urls", address.AbsoluteUri.TrimEnd('/')], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__ConnectionString"] = storageConnectionString,
            ["GraphiQL__NodeModulesPath"] = RepositoryPaths.NodeModules,
            ["Web__NodeModulesPath"] = RepositoryPaths.NodeModules,
            ["Auth__DevTokens__Enabled"] = "true",
            ["Auth__DevTokens__KeyFile"] = devTokenKeyFile,
            ["Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Mail__Port"] = "9",
            ["Reminders__ScanCron"] = "0 0 7 1 1 ? 2099", ["Reminders__DispatchCron"] = "0 0 7 1 1 ? 2099", ["Reminders__AlertIssuedCron"] = "0 0 7 1 1 ? 2099",
            // One caller drives the whole load: the per-caller limit would measure the limiter.
            ["GraphQL__RequestsPerMinute"] = "1000000000",
            ["Logging__LogLevel__Default"] = "Warning",
        }, new Uri(address, "health"), TimeSpan.FromMinutes(2));
    }
}
