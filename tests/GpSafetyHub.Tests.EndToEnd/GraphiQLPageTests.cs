using System.Net;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>GraphiQL as a person meets it: in a real browser against the hub on a real port, with the headers a browser acts on.</summary>
public sealed class GraphiQLPageTests : IAsyncLifetime
{
    private readonly AzuriteServer _azurite = new();
    private HubApp _app = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        await _azurite.StartAsync();
        _app = new HubApp(_azurite.ConnectionString);
        _address = _app.ServeOnLoopback();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.StopAsync();
    }

    [Fact]
    public async Task The_page_forbids_framing_and_foreign_scripts_and_no_response_names_the_server()
    {
        using var http = new HttpClient { BaseAddress = _address };
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        using var html = await http.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        var policy = string.Join(";", html.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal(["nosniff"], html.Headers.GetValues("X-Content-Type-Options"));
        var body = await html.Content.ReadAsStringAsync();
        Assert.DoesNotContain("X-Actor", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);

        using var start = await http.GetAsync("/graphiql/hub-graphiql.js");
        var script = await start.Content.ReadAsStringAsync();
        Assert.Contains("shouldPersistHeaders: false", script, StringComparison.Ordinal);
        Assert.Contains("Authorization", script, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Actor", script, StringComparison.Ordinal);

        foreach (var path in new[] { "/graphql", "/health", "/graphiql/graphiql.min.css", "/no-such-page" })
        {
            using var response = await http.GetAsync(path);
            Assert.False(response.Headers.Contains("Server"), $"{path} names the server: {string.Join(",", response.Headers.Select(h => h.Key))}");
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        }
    }

    [Fact]
    public async Task In_a_browser_the_docs_pane_loads_the_schema_with_a_token_and_keeps_no_token_in_storage()
    {
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var token = _app.Tokens.Default();
            var page = await browser.NewPageAsync();
            var violations = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
            };
            await page.GotoAsync(new Uri(_address, "/graphql").ToString());
            await page.Locator(".graphiql-container").WaitForAsync(new() { Timeout = 30_000 });

            // As a person does it: the token typed into the Headers tab, then the schema fetched again.
            await page.GetByRole(AriaRole.Button, new() { Name = "Headers" }).ClickAsync();
            var headers = page.Locator(".graphiql-editor-tool .CodeMirror").Last;
            await headers.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.InsertTextAsync($"{{\"Authorization\": \"Bearer {token}\"}}");
            // GraphiQL takes the edited headers after a short debounce; the schema is fetched again with them.
            await page.WaitForTimeoutAsync(1000);
            await page.GetByRole(AriaRole.Button, new() { Name = "Re-fetch GraphQL schema" }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
            // The docs pane lists the root types once the schema's introspection has loaded.
            var docs = page.Locator(".graphiql-doc-explorer");
            await docs.GetByText("Query", new() { Exact = true }).First.WaitForAsync(new() { Timeout = 30_000 });
            await docs.GetByText("Mutation", new() { Exact = true }).First.WaitForAsync(new() { Timeout = 30_000 });

            var stored = await page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, localStorage))");
            Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
            Assert.Empty(violations);
        }
    }
}
