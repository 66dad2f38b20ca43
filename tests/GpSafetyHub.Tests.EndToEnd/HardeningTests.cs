using System.Net;
using System.Text;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Limits on what one request or one caller may ask, and HTTPS in Production.</summary>
public sealed class HardeningTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } } }";
        var response = await hub.Client().Send(deep);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("nested", (string?)response.Error("VALIDATION")["message"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_selecting_too_much_is_refused_before_it_runs()
    {
        await using var app = new HubApp(hub.Azurite.ConnectionString, settings: new Dictionary<string, string> { ["GraphQL:MaxComplexity"] = "50" });
        var client = app.Client();
        var response = await client.Send("{ programmes { id name product supplier csoFunction currentVersion reviewDate } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("complex", (string?)response.Error("VALIDATION")["message"], StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await client.Send("{ riskMatrix { cells { rating } } }")).Errors);
    }

    [Fact]
    public async Task A_document_the_hub_has_seen_before_is_still_held_to_the_limits_of_the_operation_asked_for_and_of_GET()
    {
        await using var app = new HubApp(hub.Azurite.ConnectionString, settings: new Dictionary<string, string> { ["GraphQL:MaxComplexity"] = "50" });
        var client = app.Client();
        // One document, a cheap query, a costly one and a mutation: the cheap one runs (and the document is kept).
        const string Document = """
            query Cheap { riskMatrix { cells { rating } } }
            query Costly { programmes { id name product supplier csoFunction currentVersion reviewDate } }
            mutation Rebuild { rebuildIcbCoverage(icb: "QHM") }
            """;
        for (var i = 0; i < 2; i++) Assert.Empty((await client.Send(Document, operationName: "Cheap")).Errors);
        var costly = await client.Send(Document, operationName: "Costly");
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Contains("complex", (string?)costly.Error("VALIDATION")["message"], StringComparison.OrdinalIgnoreCase);

        // Kept after a cheap run, the same document is weighed again with this request's variables.
        const string Conditional = """
            query($all: Boolean!) { riskMatrix { cells { rating } } programmes @include(if: $all) { id name product supplier csoFunction currentVersion reviewDate } }
            """;
        for (var i = 0; i < 2; i++) Assert.Empty((await client.Send(Conditional, new { all = false })).Errors);
        var everything = await client.Send(Conditional, new { all = true });
        Assert.Equal(HttpStatusCode.BadRequest, everything.Status);
        Assert.Contains("complex", (string?)everything.Error("VALIDATION")["message"], StringComparison.OrdinalIgnoreCase);

        // Read with GET first (kept too), the same document's mutation over GET is still refused.
        var get = $"/graphql?query={Uri.EscapeDataString(Document)}&operationName=";
        using var read = client.Request(HttpMethod.Get, get + "Cheap");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.SendAsync(read)).StatusCode);
        using var write = client.Request(HttpMethod.Get, get + "Rebuild");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.Http.SendAsync(write)).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_and_changes_nothing()
    {
        var padding = new string(' ', 1024 * 1024);
        using var content = new StringContent($$"""{"query": "mutation { registerPractices(practices: []) { created } }{{padding}}"}""", Encoding.UTF8, "application/json");
        var client = hub.Client();
        using var request = client.Request(HttpMethod.Post, "/graphql", content);
        using var response = await client.Http.SendAsync(request);
        var body = await GraphQLResponse.Read(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body", (string?)body.Error("VALIDATION")["extensions"]!["field"]);
    }

    [Fact]
    public async Task A_caller_over_the_rate_limit_is_told_to_wait_while_others_are_served()
    {
        await using var app = new HubApp(hub.Azurite.ConnectionString, settings: new Dictionary<string, string> { ["GraphQL:RequestsPerMinute"] = "3" });
        var busy = app.Client(app.Tokens.Default("Busy Caller"));
        for (var i = 0; i < 3; i++) Assert.Empty((await busy.Send("{ riskMatrix { cells { rating } } }")).Errors);

        var refused = await busy.Send("{ riskMatrix { cells { rating } } }");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        refused.Error("RATE_LIMITED");

        using var raw = busy.Request(HttpMethod.Post, "/graphql", new StringContent("""{"query":"{ programmes { id } }"}""", Encoding.UTF8, "application/json"));
        using var again = await busy.Http.SendAsync(raw);
        Assert.True(int.Parse(again.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);

        Assert.Empty((await app.Client(app.Tokens.Default("Other Caller")).Send("{ riskMatrix { cells { rating } } }")).Errors);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task In_Production_plain_HTTP_is_redirected_and_HTTPS_answers_carry_HSTS()
    {
        await using var app = new HubApp(hub.Azurite.ConnectionString, environment: "Production");
        using var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var plain = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https", plain.Headers.Location!.Scheme);

        using var https = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("https://hub.example.nhs.uk/"),
        });
        using var secure = await https.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }
}
