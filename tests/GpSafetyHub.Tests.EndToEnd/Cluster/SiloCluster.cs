using System.Diagnostics;
using System.Globalization;

namespace GpSafetyHub.Tests.EndToEnd.Cluster;

/// <summary>
/// A hub of several silos, each the hub's own build in a process of its own with its own ports and
/// HTTP address, joined through Azure Table membership on one Azurite and sending mail to one
/// MailDev: what a deployment of several app instances runs. Silos can be killed (SIGKILL, as a
/// crash), stopped (SIGTERM, as an orchestrator does) and started again on the same ports.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private readonly AzuriteServer _azurite;
    private readonly MailDevServer _mail;
    private readonly TestTokens _tokens;
    private readonly string _prefix = "c" + Guid.NewGuid().ToString("N")[..12];
    private readonly (Uri Http, int SiloPort, int GatewayPort)[] _addresses;
    private readonly ChildProcess?[] _silos;
    private readonly string[] _homes;

    private SiloCluster(AzuriteServer azurite, MailDevServer mail, TestTokens tokens, int silos)
    {
        (_azurite, _mail, _tokens) = (azurite, mail, tokens);
        _addresses = Enumerable.Range(0, silos).Select(_ => (new Uri($"http://127.0.0.1:{FreePort.Next()}/"), FreePort.Next(), FreePort.Next())).ToArray();
        // Each silo a machine of its own: nothing kept in a home directory (such as a default key ring) is shared.
        _homes = Enumerable.Range(0, silos).Select(_ => Directory.CreateTempSubdirectory("silo-home-").FullName).ToArray();
        _silos = new ChildProcess?[silos];
    }

    /// <summary>Starts <paramref name="silos"/> silos, one after another, so each joins the cluster the ones before it formed.</summary>
    public static async Task<SiloCluster> StartAsync(AzuriteServer azurite, MailDevServer mail, TestTokens tokens, int silos)
    {
        var cluster = new SiloCluster(azurite, mail, tokens, silos);
        try
        {
            for (var i = 0; i < silos; i++) await cluster.StartSiloAsync(i);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public int Count => _silos.Length;

    /// <summary>The silos running now, by index.</summary>
    public IEnumerable<int> Running => Enumerable.Range(0, Count).Where(i => _silos[i] is { HasExited: false });

    public Uri Http(int silo) => _addresses[silo].Http;

    /// <summary>A client of silo <paramref name="silo"/>'s HTTP address, acting as <paramref name="token"/>'s caller.</summary>
    public GraphQLClient Client(int silo, string token) =>
        new(_http.GetOrAdd(silo, i => new HttpClient { BaseAddress = Http(i), Timeout = TimeSpan.FromSeconds(40) }), token, _tokens);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, HttpClient> _http = new();

    /// <summary>The sum over the running silos of a metric from each one's Prometheus scrape (0 where a silo has none).</summary>
    public async Task<double> MetricAsync(string metric)
    {
        var total = 0.0;
        foreach (var silo in Running)
            total += Telemetry.PrometheusScrape.Sum(await Client(silo, "").Http.GetStringAsync("/metrics"), metric) ?? 0;
        return total;
    }

    /// <summary>Starts silo <paramref name="silo"/> (again) on its ports, and waits until it answers /health.</summary>
    public async Task StartSiloAsync(int silo)
    {
        var (http, siloPort, gatewayPort) = _addresses[silo];
        _silos[silo] = await SiloProcess.StartAsync(http, new Dictionary<string, string>
        {
            ["HOME"] = _homes[silo],
            ["Storage__ConnectionString"] = _azurite.ConnectionString,
            ["Storage__TablePrefix"] = _prefix,
            ["Cluster__Membership"] = "AzureTable",
            ["Cluster__ClusterId"] = _prefix,
            ["Cluster__AdvertisedAddress"] = "127.0.0.1",
            ["Cluster__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            // A dead silo is declared so within seconds rather than Orleans' default of about half a minute.
            ["Cluster__FailureDetection__ProbeTimeout"] = "00:00:02",
            ["Cluster__FailureDetection__NumMissedProbesLimit"] = "2",
            ["Auth__DevTokens__Enabled"] = "true",
            ["Auth__DevTokens__KeyFile"] = _tokens.KeyFile,
            ["Mail__Port"] = _mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
            // Every silo fires the alert job every two seconds: the ledger must still decide each notice once.
            ["Reminders__AlertIssuedCron"] = "0/2 * * * * ?",
            // A send that fails (MailDev busy with three silos' connections) is tried again within seconds,
            // not the quarter of an hour a deployment waits: still never twice.
            ["Reminders__DispatchCron"] = "1/2 * * * * ?",
            ["Reminders__RetryFirst"] = "00:00:02",
            ["Mail__Timeout"] = "00:00:10",
            ["GraphQL__RequestsPerMinute"] = "1000000",
            ["Telemetry__PrometheusEnabled"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        }, SiloProcess.BuiltConfiguration, TimeSpan.FromMinutes(2));
    }

    /// <summary>Kills silo <paramref name="silo"/> with SIGKILL, as a crash: nothing is handed over.</summary>
    public async Task KillAsync(int silo)
    {
        await (_silos[silo] ?? throw new InvalidOperationException($"Silo {silo} is not running.")).DisposeAsync();
        _silos[silo] = null;
    }

    /// <summary>Stops silo <paramref name="silo"/> with SIGTERM and waits for it to exit: the time its graceful shutdown took.</summary>
    public async Task<TimeSpan> StopAsync(int silo)
    {
        var process = _silos[silo] ?? throw new InvalidOperationException($"Silo {silo} is not running.");
        var clock = Stopwatch.StartNew();
        var stopped = await process.StopAsync(TimeSpan.FromMinutes(1));
        Assert.True(stopped, $"Silo {silo} was still running a minute after SIGTERM:\n{process.Output}");
        await process.DisposeAsync();
        _silos[silo] = null;
        return clock.Elapsed;
    }

    public string Output(int silo) => _silos[silo]?.Output ?? "";

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos) if (silo is not null) await silo.DisposeAsync();
        foreach (var http in _http.Values) http.Dispose();
    }
}
