using System.Net;
using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// The host as a whole: health follows storage, GraphiQL is served from local assets, and data
/// survives the hub being stopped and started again.
/// </summary>
public sealed class HostTests(PersistentAzuriteFixture fixture) : IClassFixture<PersistentAzuriteFixture>
{
    private readonly AzuriteServer _azurite = fixture.Azurite;

    [Fact]
    public async Task Health_reports_whether_storage_answers()
    {
        await using var app = new HubApp(_azurite.ConnectionString);
        using var http = app.CreateClient();

        using (var healthy = await http.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            Assert.Equal("Healthy", (string?)JsonNode.Parse(await healthy.Content.ReadAsStringAsync())!["checks"]!["storage"]!["status"]);
        }

        await _azurite.StopAsync();
        try
        {
            using var unhealthy = await http.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
            Assert.Equal("Unhealthy", (string?)JsonNode.Parse(await unhealthy.Content.ReadAsStringAsync())!["checks"]!["storage"]!["status"]);
        }
        finally
        {
            await _azurite.StartAsync();
        }

        using var recovered = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
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
        }
    }

    private const string History = "query($p: ID!) { history(programmeId: $p) { totalCount entries { sequence at action reason actor { name } } } }";
}
