using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>The Orleans dashboard at /dashboard, behind the web sign-in and for administrators only.</summary>
public sealed class DashboardPagesTests(WebHub hub) : IClassFixture<WebHub>
{
    private static readonly string Administrator = WebHub.People[5].Name;

    [Fact]
    public async Task Signed_out_visitors_are_asked_to_sign_in_and_anyone_but_an_administrator_is_refused()
    {
        var page = await hub.NewPageAsync();
        await page.GotoAsync("/dashboard");
        Assert.EndsWith("/sign-in?ReturnUrl=%2Fdashboard", page.Url, StringComparison.Ordinal);

        foreach (var person in new[] { WebHub.People[1].Name, WebHub.People[4].Name })
        {
            var signedIn = await hub.NewPageAsync();
            await WebHub.SignInAsync(signedIn, person);
            var refused = await signedIn.GotoAsync("/dashboard");
            Assert.Equal((int)HttpStatusCode.Forbidden, refused!.Status);
            Assert.Equal("You do not have access to this page", await signedIn.Locator("h1").InnerTextAsync());
            await Axe.AssertNoViolationsAsync(signedIn);
            // Nor may its data be read directly.
            Assert.Equal((int)HttpStatusCode.Forbidden, (await signedIn.APIRequest.GetAsync("/dashboard/DashboardCounters")).Status);
        }
    }

    [Fact]
    public async Task An_administrator_sees_the_cluster_on_the_dashboard_under_its_own_content_policy()
    {
        // The page's own Content-Security-Policy applies here (no bypass): the dashboard must run under it.
        var context = await hub.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hub.Address.ToString() });
        var page = await context.NewPageAsync();
        await WebHub.SignInAsync(page, Administrator);
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        // Only the dashboard's own messages count: the hub's pages are checked elsewhere.
        var refusals = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") refusals.Add(message.Text); };

        var counters = page.WaitForResponseAsync(r => r.Url.EndsWith("/dashboard/DashboardCounters", StringComparison.Ordinal) && r.Status == 200);
        await page.GotoAsync("/dashboard");
        var answer = JsonNode.Parse(await (await counters).TextAsync())!;

        Assert.Equal("Orleans Dashboard", await page.TitleAsync());
        // One silo, this hub, reported by the dashboard's own grains.
        Assert.Equal(1, (int?)answer["totalActiveHostCount"]);
        Assert.Empty(refusals);

        // Grains' stored state and the live log can hold people's details: withheld even from administrators.
        foreach (var withheld in new[] { "/dashboard/GrainState?grainType=practice&grainId=Z54321", "/dashboard/Trace" })
        {
            var answer403 = await page.APIRequest.GetAsync(withheld);
            Assert.Equal((int)HttpStatusCode.Forbidden, answer403.Status);
            Assert.Contains("does not show grains' stored state or live logs", await answer403.TextAsync(), StringComparison.Ordinal);
        }
    }
}
