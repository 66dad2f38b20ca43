using System.Globalization;

namespace GpSafetyHub.Tests.EndToEnd.Telemetry;

/// <summary>
/// The hub as an operator runs it, a process of its own, sending traces and metrics to a collector
/// (<see cref="OtlpReceiver"/>) and serving Prometheus' scrape at /metrics. Its mail server never
/// answers, so reminder digests wait in the backlog.
/// </summary>
public sealed class TelemetryHubFixture : IAsyncLifetime
{
    private readonly AzuriteServer _azurite = new();
    private ChildProcess? _silo;
    private HttpClient? _http;

    public OtlpReceiver Collector { get; } = new();

    public TestTokens Tokens { get; } = new();

    public Uri Address { get; } = new($"http://127.0.0.1:{FreePort.Next()}/");

    public GraphQLClient Client(string token) => new(_http!, token, Tokens);

    public HttpClient Http => _http!;

    public string Output => _silo?.Output ?? "";

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_azurite.StartAsync(), Collector.StartAsync());
        Tokens.Default();
        _silo = await SiloProcess.StartAsync(Address, new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = _azurite.ConnectionString,
            ["Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Auth__DevTokens__Enabled"] = "true",
            ["Auth__DevTokens__KeyFile"] = Tokens.KeyFile,
            // Nothing listens there: every digest fails to send and waits for a retry.
            ["Mail__Port"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Reminders__AlertIssuedCron"] = "0/2 * * * * ?",
            ["Telemetry__OtlpEndpoint"] = Collector.Endpoint.AbsoluteUri,
            ["Telemetry__PrometheusEnabled"] = "true",
            // The OpenTelemetry SDK's own settings: spans sent within a fifth of a second rather than five.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["Logging__LogLevel__Default"] = "Warning",
        }, SiloProcess.BuiltConfiguration, TimeSpan.FromMinutes(2));
        _http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(40) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_silo is not null) await _silo.DisposeAsync();
        await Collector.DisposeAsync();
        await _azurite.StopAsync();
    }
}
