using System.Globalization;

namespace GpSafetyHub.Bench.Http;

/// <summary>The hub's own silo, built in Release, started as a process of its own on the given Azurite, as a deployment runs it.</summary>
internal static class HubServer
{
    /// <summary>Starts the silo; with no <paramref name="mailPort"/> it has no SMTP server, and its scheduled reminder jobs never fire.</summary>
    public static Task<ChildProcess> StartAsync(string storageConnectionString, string devTokenKeyFile, Uri address, int? mailPort = null, int? gatewayPort = null) =>
        SiloProcess.StartAsync(address, new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = storageConnectionString,
            ["Auth__DevTokens__Enabled"] = "true",
            ["Auth__DevTokens__KeyFile"] = devTokenKeyFile,
            ["Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = (gatewayPort ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture),
            ["Mail__Port"] = (mailPort ?? 9).ToString(CultureInfo.InvariantCulture),
            ["Reminders__ScanCron"] = "0 0 7 1 1 ? 2099", ["Reminders__DispatchCron"] = "0 0 7 1 1 ? 2099", ["Reminders__AlertIssuedCron"] = "0 0 7 1 1 ? 2099",
            // One caller drives the whole load: the per-caller limit would measure the limiter.
            ["GraphQL__RequestsPerMinute"] = "1000000000",
            ["Logging__LogLevel__Default"] = "Warning",
        }, "Release", TimeSpan.FromMinutes(2));

    /// <summary>
    /// Kills the hub with SIGKILL, as a crash, starts it again on the same storage and address, and
    /// asks <paramref name="query"/> as <paramref name="token"/>'s caller: the new process, how long
    /// it took to answer /health and to give that first answer.
    /// </summary>
    public static async Task<(ChildProcess Hub, TimeSpan Healthy, TimeSpan Answered, System.Text.Json.Nodes.JsonNode Answer)> KillAndRestartAsync(
        ChildProcess hub, string storageConnectionString, string devTokenKeyFile, Uri address, string token, string query)
    {
        await hub.DisposeAsync();
        var cold = System.Diagnostics.Stopwatch.StartNew();
        var restarted = await StartAsync(storageConnectionString, devTokenKeyFile, address);
        var healthy = cold.Elapsed;
        using var client = new HubClient(address, token);
        var answer = await client.DataAsync(query);
        return (restarted, healthy, cold.Elapsed, answer);
    }
}
