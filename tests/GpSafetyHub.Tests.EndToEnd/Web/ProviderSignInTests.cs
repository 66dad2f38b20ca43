using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>
/// Signing in to the web application through a real OpenID Connect issuer (npm oidc-provider), as
/// production does: roles and scopes come from the issuer's claims, and someone the hub would
/// refuse is not signed in.
/// </summary>
public sealed class ProviderSignInTests : IAsyncLifetime
{
    private readonly AzuriteServer _azurite = new();
    private readonly OidcIssuer _issuer = new(new Dictionary<string, OidcIssuer.Person>
    {
        ["manager"] = new("Olive Issuer", ["practice"], ["Z77777"]),
        ["no-role"] = new("Norah Nobody", [], []),
    });

    private HubApp _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        await _azurite.StartAsync();
        _app = new HubApp(_azurite.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Auth:Authority"] = _issuer.Authority,
            ["Web:ClientId"] = OidcIssuer.ClientId,
            ["Web:ClientSecret"] = OidcIssuer.ClientSecret,
            ["Web:RequireHttpsMetadata"] = "false",
        });
        _address = _app.ServeOnLoopback();
        _issuer.RedirectUri = $"{_address}signin-oidc";
        await _issuer.StartAsync();
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
    }

    [Fact]
    public async Task A_practice_manager_signs_in_at_the_issuer_and_acts_as_the_practice_its_claims_name()
    {
        var page = await SignInAtIssuerAsync("manager");

        Assert.Contains("You are signed in as Olive Issuer.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Your practice (Z77777)", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == "hub-session" && c.HttpOnly);
    }

    [Fact]
    public async Task Someone_with_no_hub_role_is_not_signed_in_and_is_told_why()
    {
        var page = await SignInAtIssuerAsync("no-role");

        Assert.Contains("/sign-in?error=refused", page.Url, StringComparison.Ordinal);
        Assert.Contains("You could not be signed in", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "hub-session");
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>From the hub's sign-in page to the issuer's login and consent pages, and back.</summary>
    private async Task<IPage> SignInAtIssuerAsync(string login)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _address.ToString(), BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with your NHS account" }).ClickAsync();
        await ArrivesAtAsync(page, _issuer.Authority, "the issuer's login page");
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any");
        await page.Locator("button[type=submit]").ClickAsync();
        // The issuer asks once for consent to share the profile with the hub.
        if (page.Url.StartsWith(_issuer.Authority, StringComparison.Ordinal)) await page.Locator("button[type=submit]").ClickAsync();
        await ArrivesAtAsync(page, _address.ToString(), "the hub, signed in or refused");
        return page;
    }

    /// <summary>Waits for the browser to reach <paramref name="address"/>; if it does not, says where it is instead.</summary>
    private static async Task ArrivesAtAsync(IPage page, string address, string what)
    {
        try
        {
            await page.WaitForURLAsync(url => url.StartsWith(address, StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            string text;
            try
            {
                text = await page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 });
            }
            catch (Exception unreadable) when (unreadable is PlaywrightException or TimeoutException)
            {
                text = "(nothing readable)";
            }

            throw new TimeoutException($"The browser never reached {what} ({address}); it is at {page.Url}, showing:\n{text}", e);
        }
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        await _issuer.StopAsync();
        await _azurite.StopAsync();
    }
}
