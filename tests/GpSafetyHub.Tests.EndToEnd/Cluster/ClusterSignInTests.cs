using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Cluster;

/// <summary>
/// Behind a load balancer, each request of one person may reach a different silo: a form one silo
/// rendered must be accepted by another, and the session cookie one silo issued must be read by all.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterSignInTests(ClusterServicesFixture services)
{
    // A development person of the silo's own Development settings.
    private const string Person = "Sam Patel";

    [Fact]
    public async Task A_person_signed_in_on_one_silo_is_signed_in_on_every_silo_and_forms_cross_between_them()
    {
        await using var cluster = await SiloCluster.StartAsync(services.Azurite, services.MailDev, services.Tokens, silos: 2);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using var _ = playwright;
        await using var closing = browser;
        // The silos share a host and differ by port, so the browser sends its cookies to both, as it would to one address behind a balancer.
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true })).NewPageAsync();

        // The sign-in form as silo 0 rendered it (its form token and cookie), sent to silo 1.
        await page.GotoAsync(new Uri(cluster.Http(0), "sign-in").AbsoluteUri);
        await page.GetByLabel(Person).CheckAsync();
        // The same form address, on the other silo.
        await page.Locator("form:has(button:text('Continue'))").EvaluateAsync("(form, origin) => { const to = new URL(form.action); form.action = new URL(to.pathname + to.search, origin).href; }", cluster.Http(1).AbsoluteUri);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(page.Url.StartsWith(cluster.Http(1).AbsoluteUri, StringComparison.Ordinal) && !page.Url.Contains("/sign-in", StringComparison.Ordinal),
            $"Silo 1 did not accept the form silo 0 rendered: at {page.Url}, showing\n{await page.Locator("body").InnerTextAsync()}\n{cluster.Output(1)}");

        // The session cookie silo 1 issued, read by silo 0.
        await page.GotoAsync(cluster.Http(0).AbsoluteUri);
        Assert.Equal(Person, await page.Locator(".nhsuk-header__account-item").First.InnerTextAsync());
    }
}
