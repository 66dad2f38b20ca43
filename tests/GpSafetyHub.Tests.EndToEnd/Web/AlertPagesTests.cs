using System.Net;
using Microsoft.Playwright;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>A practice manager acknowledging and answering a CAS alert in the browser.</summary>
public sealed class AlertPagesTests(WebHub hub) : IClassFixture<WebHub>
{
    [Fact]
    public async Task A_practice_acknowledges_an_alert_and_records_what_it_did()
    {
        var programme = await hub.JoinedProgrammeAsync("Alerted");
        var reference = await RecordAlertAsync(programme);
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[2].Name);
        await page.GotoAsync($"/practices/{WebHub.JoinedPractice}");
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        Assert.Contains("Not acknowledged yet", await page.Locator(".nhsuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the alert" }).ClickAsync();
        Assert.Contains("You have acknowledged the alert.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();
        Assert.Equal("Say what the outcome was", await page.Locator(".nhsuk-error-summary__list a").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("The action is complete").CheckAsync();
        await page.GetByLabel("What you did, or why nothing was needed").FillAsync("Updated the scribe to release 2.4 on every workstation.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();
        Assert.Contains("Your response has been recorded.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Responded: action complete", await page.Locator(".nhsuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);

        var recorded = await hub.App.Client().Data("query($r: ID!) { casAlert(reference: $r) { practices { odsCode status } } }", new { r = reference });
        Assert.Equal("ACTION_COMPLETE", (string?)recorded["casAlert"]!["practices"]!.AsArray().Single(p => (string?)p!["odsCode"] == WebHub.JoinedPractice)!["status"]);
    }

    [Fact]
    public async Task An_alert_that_does_not_concern_the_practice_is_not_found_exactly_as_one_never_recorded()
    {
        var reference = await RecordAlertAsync(await hub.JoinedProgrammeAsync("Not theirs"));
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[1].Name);

        var hidden = await page.GotoAsync($"/practices/Z12345/alerts/{reference}");
        var hiddenText = await page.Locator("main").InnerTextAsync();
        var missing = await page.GotoAsync("/practices/Z12345/alerts/NATPSA/2026/000/NHSPS");

        Assert.Equal((int)HttpStatusCode.NotFound, hidden!.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, missing!.Status);
        Assert.Equal(await page.Locator("main").InnerTextAsync(), hiddenText);
    }

    private async Task<string> RecordAlertAsync(string programme)
    {
        var reference = $"NATPSA/2026/{Random.Shared.Next(100, 999)}/WEB{Random.Shared.Next(1000, 9999)}";
        await hub.App.Client().Data("mutation($r: ID!, $a: CasAlertInput!) { recordCasAlert(reference: $r, alert: $a) { version } }", new
        {
            r = reference,
            a = new Dictionary<string, object?>
            {
                ["type"] = "FIELD_SAFETY_NOTICE", ["originator"] = "MHRA", ["issuedOn"] = Iso(Samples.Today), ["title"] = "Scribe release 2.3 drops allergies",
                ["summary"] = "Allergies are left out of generated notes.", ["actionRequired"] = "Update to release 2.4.", ["programmeIds"] = new[] { programme },
                ["csoEmail"] = "cso@nel.nhs.net",
            },
        });
        return reference;
    }
}
