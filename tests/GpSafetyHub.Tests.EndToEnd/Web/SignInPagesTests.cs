using System.Net;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>Signing in and out of the web application, in a browser, as a newcomer meets it.</summary>
public sealed class SignInPagesTests(WebHub hub) : IClassFixture<WebHub>
{
    [Fact]
    public async Task A_signed_out_visitor_is_asked_to_sign_in_and_sent_back_to_the_page_they_wanted()
    {
        var page = await hub.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("GP Safety Hub", await page.TitleAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/programmes");
        Assert.EndsWith("/sign-in?ReturnUrl=%2Fprogrammes", page.Url, StringComparison.Ordinal);
        Assert.Equal("Who are you signing in as?", await page.Locator("h1").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel(WebHub.People[0].Name).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.EndsWith("/programmes", page.Url, StringComparison.Ordinal);
        Assert.Equal(WebHub.People[0].Name, await page.Locator(".nhsuk-header__account-item").First.InnerTextAsync());
    }

    [Fact]
    public async Task Continuing_without_choosing_shows_the_error_against_the_question()
    {
        var page = await hub.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("Choose who to sign in as", await page.Locator(".nhsuk-error-summary__list a").InnerTextAsync());
        Assert.Contains("Choose who to sign in as", await page.Locator(".nhsuk-error-message").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "hub-session");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[0].Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        Assert.Contains("You have signed out.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/programmes");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = hub.Address };
        using var response = await http.PostAsync("/sign-in/dev", new FormUrlEncodedContent(new Dictionary<string, string> { ["person"] = "0" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This page could not be sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("hub-session", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_web_session_never_authenticates_an_API_call_and_signing_out_needs_the_page_s_token()
    {
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[0].Name);
        foreach (var path in new[] { "/graphql", "/GraphQL" })
        {
            var api = await page.Context.APIRequest.PostAsync(path, new() { DataObject = new { query = "{ programmes { id } }" } });
            Assert.Equal((int)HttpStatusCode.Unauthorized, api.Status);
        }

        var signOut = await page.Context.APIRequest.PostAsync("/sign-out", new() { Form = page.Context.APIRequest.CreateFormData() });
        Assert.Equal((int)HttpStatusCode.BadRequest, signOut.Status);
        await page.GotoAsync("/programmes");
        Assert.EndsWith("/programmes", page.Url, StringComparison.Ordinal); // still signed in
    }

    [Fact]
    public async Task A_session_ends_after_its_longest_life_however_active()
    {
        var settings = WebHub.PeopleSettings();
        settings["Web:SessionMaxAge"] = "00:00:03";
        await using var shortLived = new HubApp(hub.AzuriteConnectionString, settings: settings);
        var address = shortLived.ServeOnLoopback();
        var context = await hub.Browser.NewContextAsync(new() { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[0].Name);
        await page.GotoAsync("/programmes");
        Assert.EndsWith("/programmes", page.Url, StringComparison.Ordinal);

        await Task.Delay(TimeSpan.FromSeconds(4));
        await page.GotoAsync("/programmes");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Signing_in_and_recording_a_decision_work_with_the_keyboard_alone()
    {
        var id = await hub.JoinedProgrammeAsync("Keyboard");
        var page = await hub.NewPageAsync();
        await page.GotoAsync("/sign-in");
        // Tab to the people, arrow to the practice manager, then Enter to continue.
        await TabToAsync(page, "#person-0");
        for (var i = 0; i < 2; i++) await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.Locator("#person-2").IsCheckedAsync());
        await page.Keyboard.PressAsync("Enter");
        // Waiting only for the next page's address, which is all the keyboard step has to cause. Read by
        // polling: WaitForURLAsync once missed a navigation that had already happened (the page said
        // "You are signed in" at "/" when it timed out).
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (page.Url.Contains("/sign-in", StringComparison.Ordinal) && DateTime.UtcNow < deadline) await Task.Delay(100);
        if (page.Url.Contains("/sign-in", StringComparison.Ordinal))
        {
            var focused = await page.EvaluateAsync<string>("() => document.activeElement?.id ?? document.activeElement?.tagName ?? 'nothing'");
            Assert.Fail($"Enter did not sign in: still at {page.Url} with {focused} focused; the page says: {await page.Locator("main").InnerTextAsync()}");
        }

        await page.GotoAsync($"/practices/{WebHub.JoinedPractice}/programmes/{id}/hazards/H-001");
        await TabToAsync(page, "#applies");
        await page.Keyboard.PressAsync("ArrowDown"); // "No, it does not apply here"
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("We do not use the scribe with two records open.");
        await TabToAsync(page, "button[type=submit]:not(.nhsuk-button--secondary)"); // "Save decision", past "Add another control"
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("saved=H-001", StringComparison.Ordinal));
        Assert.Contains("Does not apply", await page.Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus, as a keyboard user moves through the page.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector)) return;
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{selector} could not be reached with Tab.");
    }

    [Fact]
    public async Task In_production_there_is_no_one_to_sign_in_as_without_an_identity_provider()
    {
        await using var production = new HubApp(hub.AzuriteConnectionString, environment: "Production", settings: WebHub.PeopleSettings());
        using var http = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false,
        });

        var signIn = await (await http.GetAsync("/sign-in")).Content.ReadAsStringAsync();
        using var devSignIn = await http.PostAsync("/sign-in/dev", new FormUrlEncodedContent(new Dictionary<string, string> { ["person"] = "0" }));

        Assert.DoesNotContain(WebHub.People[0].Name, signIn, StringComparison.Ordinal);
        Assert.Contains("Signing in to this hub is not set up yet", signIn, StringComparison.Ordinal);
        Assert.Contains(devSignIn.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.BadRequest });
        Assert.False(devSignIn.Headers.Contains("Set-Cookie") && devSignIn.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("hub-session", StringComparison.Ordinal)));
    }
}
