using System.Net;
using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// The host as a whole: health follows storage, GraphiQL is served from local assets, and data
/// survives the hub being stopped and started again.
/// </summary>
public sealed class HostTests(PersistentAzuriteFixture fixture) : IClassFixture<PersistentAzuriteFixture>
{
    private readonly AzuriteServer _azurite = fixture.Azurite;

    [Fact]
    public async Task Liveness_readiness_and_health_report_storage_membership_and_mail_each_as_a_probe_expects()
    {
        // No mail server listens for this host (port 9): mail is degraded, which keeps the silo in service.
        await using var app = new HubApp(_azurite.ConnectionString);
        using var http = app.CreateClient();

        var ready = await ProbeAsync(http, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Degraded", (string?)ready.Body["status"]);
        Assert.Equal("Healthy", (string?)ready.Body["checks"]!["storage"]!["status"]);
        Assert.Equal("Healthy", (string?)ready.Body["checks"]!["membership"]!["status"]);
        Assert.Contains("1 silos active", (string?)ready.Body["checks"]!["membership"]!["description"], StringComparison.Ordinal);
        Assert.Equal("Degraded", (string?)ready.Body["checks"]!["mail"]!["status"]);
        Assert.Contains("reminders wait until it does", (string?)ready.Body["checks"]!["mail"]!["description"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ProbeAsync(http, "/health")).Status);

        await _azurite.StopAsync();
        try
        {
            var unready = await ProbeAsync(http, "/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.Status);
            Assert.Equal("Unhealthy", (string?)unready.Body["checks"]!["storage"]!["status"]);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await ProbeAsync(http, "/health")).Status);
            // The process itself is fine: a liveness probe must not restart it for storage's outage.
            var live = await ProbeAsync(http, "/health/live");
            Assert.Equal(HttpStatusCode.OK, live.Status);
            Assert.Equal("Healthy", (string?)live.Body["status"]);
        }
        finally
        {
            await _azurite.StartAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await ProbeAsync(http, "/health/ready")).Status);
    }

    [Fact]
    public async Task Readiness_reports_a_mail_server_that_answers_as_healthy()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        await using var app = new HubApp(_azurite.ConnectionString, smtpPort: mail.SmtpPort);
        using var http = app.CreateClient();

        var ready = await ProbeAsync(http, "/health/ready");
        Assert.Equal("Healthy", (string?)ready.Body["status"]);
        Assert.Equal($"The SMTP server 127.0.0.1:{mail.SmtpPort} accepted a connection.", (string?)ready.Body["checks"]!["mail"]!["description"]);
    }

    [Theory]
    [InlineData("Cluster:Membership", "Consul", "Cluster:Membership must be Localhost or AzureTable (it is \"Consul\")")]
    [InlineData("Cluster:ClusterId", "north east", "Cluster:ClusterId must be 1 to 60 letters, digits or hyphens")]
    [InlineData("Cluster:AdvertisedAddress", "silo-1.local", "Cluster:AdvertisedAddress must be an IP address, such as 10.0.0.4 (it is \"silo-1.local\")")]
    [InlineData("Cluster:SiloPort", "70000", "Cluster:SiloPort must be a TCP port, 1 to 65535 (it is 70000)")]
    [InlineData("Telemetry:OtlpProtocol", "Thrift", "Telemetry:OtlpProtocol must be HttpProtobuf or Grpc (it is \"Thrift\")")]
    [InlineData("Telemetry:TraceSampleRatio", "5", "Telemetry:TraceSampleRatio must be between 0 and 1 (it is 5)")]
    public async Task A_silo_whose_cluster_or_telemetry_settings_cannot_work_refuses_to_start_and_names_the_setting(string key, string value, string expected)
    {
        await using var app = new HubApp(_azurite.ConnectionString, settings: new Dictionary<string, string> { [key] = value });

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(expected, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hub_moved_from_one_silo_to_a_cluster_of_silos_keeps_its_records()
    {
        // Orleans keys grain state (here, the programme directory) by the service id: both ways of running must use the same one.
        var prefix = "m" + Guid.NewGuid().ToString("N")[..10];
        var programme = UniqueIds.Programme("move");
        await using (var single = new HubApp(_azurite.ConnectionString, settings: new Dictionary<string, string> { ["Storage:TablePrefix"] = prefix }))
            await single.Client().Data(Requests.CreateProgramme, new { input = Requests.Programme(programme) });

        await using var clustered = new HubApp(_azurite.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Storage:TablePrefix"] = prefix, ["Cluster:Membership"] = "AzureTable", ["Cluster:AdvertisedAddress"] = "127.0.0.1",
        });
        var listed = (await clustered.Client().Data("{ programmes { id } }"))["programmes"]!.AsArray().Select(p => (string?)p!["id"]);

        Assert.Contains(programme, listed);
    }

    [Fact]
    public async Task A_silo_joining_a_shared_cluster_must_say_the_address_others_reach_it_on()
    {
        await using var app = new HubApp(_azurite.ConnectionString, settings: new Dictionary<string, string> { ["Cluster:Membership"] = "AzureTable" });

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("Cluster:AdvertisedAddress is required with Cluster:Membership AzureTable", failure.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> ProbeAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public void The_clock_the_silo_watchdog_measures_with_starts_at_the_silo_not_at_the_machine_s_boot()
    {
        // The watchdog's first stall check measures from timestamp zero (an Orleans start-up race):
        // zero must be the silo's start, or every start reports the machine's uptime as a deadlock.
        using var app = new HubApp(_azurite.ConnectionString);
        app.CreateClient().Dispose();
        var membership = app.Services.GetRequiredKeyedService<TimeProvider>(Orleans.Runtime.TimeProviderNames.Membership);
        Assert.True(membership.GetElapsedTime(0) < TimeSpan.FromMinutes(1), $"Membership's clock counts from {membership.GetElapsedTime(0)} ago.");
        Assert.True((membership.GetUtcNow() - DateTimeOffset.UtcNow).Duration() < TimeSpan.FromSeconds(5), "Membership's clock keeps the time of day.");
    }

    [Fact]
    public async Task Starting_the_hub_as_a_process_logs_no_stall_or_deadlock_warning()
    {
        // A real process, cold, as run-hub.sh starts it: the watchdog's first look comes while the silo is starting.
        await using var hub = await SiloProcess.StartAsync(new Uri($"http://127.0.0.1:{FreePort.Next()}/"), new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = _azurite.ConnectionString,
            ["Cluster__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reminders__ScanCron"] = HubApp.NeverCron,
            ["Reminders__DispatchCron"] = HubApp.NeverCron,
            ["Reminders__AlertIssuedCron"] = HubApp.NeverCron,
            ["Auth__DevTokens__KeyFile"] = Path.Combine(Directory.CreateTempSubdirectory("hub-keys-").FullName, "dev-token.key"),
        }, SiloProcess.BuiltConfiguration, TimeSpan.FromSeconds(60));
        // The watchdog looks once a second: give it a few looks at the freshly started silo.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var log = hub.Output;
        Assert.Contains("Now listening on", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Participant check thread has not completed", log, StringComparison.Ordinal);
        Assert.DoesNotContain("stalled", log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GraphiQL_is_served_from_local_assets_to_browsers()
    {
        await using var app = new HubApp(_azurite.ConnectionString);
        using var http = app.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");

        using var html = await http.SendAsync(page);
        var body = await html.Content.ReadAsStringAsync();
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("https://", body);
        foreach (var asset in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js" })
        {
            Assert.Contains($"/graphiql/{asset}", body);
            using var file = await http.GetAsync($"/graphiql/{asset}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 1000, $"{asset} looks empty");
        }

        using var other = await http.GetAsync("/graphiql/..%2F..%2Fpackage.json");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_published_log_and_its_history_are_intact_after_the_hub_restarts()
    {
        var id = UniqueIds.Programme();
        string historyBefore;
        await using (var app = new HubApp(_azurite.ConnectionString))
        {
            var cso = app.Client();
            await cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
            await cso.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard(), why = "Workshop" });
            await cso.Data(Requests.Publish, new { p = id, rev = 1, s = "First version" });
            historyBefore = (await cso.Data(History, new { p = id })).ToJsonString();
        }

        await _azurite.StopAsync();
        await _azurite.StartAsync();

        await using (var app = new HubApp(_azurite.ConnectionString))
        {
            var cso = app.Client();
            Assert.Equal(historyBefore, (await cso.Data(History, new { p = id })).ToJsonString());
            var version = await cso.Data("query($p: ID!) { version(programmeId: $p, number: 1) { summary hazards { id } } }", new { p = id });
            Assert.Equal("First version", (string)version["version"]!["summary"]!);
            // The programme directory is grain state (Orleans' table storage), not a journal: kept too.
            var listed = await cso.Data("{ programmes { id currentVersion } }");
            Assert.Contains(listed["programmes"]!.AsArray(), p => (string?)p!["id"] == id && (int?)p["currentVersion"] == 1);
        }
    }

    [Fact]
    public async Task A_hub_started_over_storage_written_by_an_earlier_version_refuses_to_start_and_says_what_to_do()
    {
        // Earlier versions kept grain state in {prefix}GrainState, in a layout this one does not read.
        var prefix = "earlier" + Guid.NewGuid().ToString("N")[..8];
        await new Azure.Data.Tables.TableServiceClient(_azurite.ConnectionString).CreateTableIfNotExistsAsync(prefix + "GrainState");
        await using var app = new HubApp(_azurite.ConnectionString, settings: new Dictionary<string, string> { ["Storage:TablePrefix"] = prefix });

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains($"holds the table {prefix}GrainState, written by an earlier version", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("This version starts from empty storage", failure.ToString(), StringComparison.Ordinal);
    }

    private const string History = "query($p: ID!) { history(programmeId: $p) { totalCount entries { sequence at action reason actor { name } } } }";
}
