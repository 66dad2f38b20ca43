using GpSafetyHub.Tests.Support;
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

        // The log an inspector asks for: the alert, who acknowledged it and when, and what was done.
        await page.GotoAsync($"/practices/{WebHub.JoinedPractice}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "spreadsheet (XLSX)" }).ClickAsync());
        Assert.Equal($"cas-alert-log-{WebHub.JoinedPractice}.xlsx", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Empty(Workbooks.ValidationErrors(bytes));
        var log = Workbooks.Sheets(bytes)[$"CAS alerts {WebHub.JoinedPractice}"];
        var header = log[0].ToList();
        var row = log.Single(r => r.Count > 0 && r[0] == reference);
        string Cell(string column) => row[header.IndexOf(column)];
        Assert.Equal(("Sam Joined", "Sam Joined", "Action complete"), (Cell("Acknowledged by"), Cell("Responded by"), Cell("Outcome")));
        Assert.Equal("Updated the scribe to release 2.4 on every workstation.", Cell("What was done, or why nothing was needed"));
        Assert.Equal(Iso(Samples.Today), Cell("Acknowledged"));
        Assert.Equal(("Action complete", "no"), (Cell("Where it stands"), Cell("Overdue")));

        // Another practice's log answers as one that does not exist.
        var other = await hub.NewPageAsync();
        await WebHub.SignInAsync(other, WebHub.People[1].Name);
        Assert.Equal((int)HttpStatusCode.NotFound, (await other.APIRequest.GetAsync($"/practices/{WebHub.JoinedPractice}/cas-alert-log.csv")).Status);
        Assert.Equal((int)HttpStatusCode.NotFound, (await other.APIRequest.GetAsync("/practices/Z99999/cas-alert-log.csv")).Status);
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

    [Fact]
    public async Task A_CSO_records_an_alert_after_refusals_and_follows_each_practice_s_answer()
    {
        var programme = await hub.JoinedProgrammeAsync("Record me");
        var reference = $"NATPSA/2026/{Random.Shared.Next(100, 999)}/CSO{Random.Shared.Next(1000, 9999)}";
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[0].Name);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "CAS safety alerts and who has answered them" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a CAS alert" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Record alert" }).ClickAsync();
        Assert.Equal(
            ["Choose the type of alert", "Enter the date the alert was issued", "Choose the programmes whose software the alert concerns"],
            await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("CAS reference").FillAsync(reference.ToLowerInvariant());
        await page.GetByLabel("Type of alert").SelectOptionAsync("DeviceSafetyInformation");
        await page.GetByLabel("Who issued it").FillAsync("MHRA");
        await page.FillDateAsync("issued", Samples.Today.AddDays(-1));
        await page.GetByLabel("Title").FillAsync("Scribe release 2.3 mislabels patients");
        await page.GetByLabel("Summary").FillAsync("Release 2.3 can show the previous patient's banner.");
        await page.GetByLabel("What practices must do").FillAsync("Update to release 2.4.");
        await page.GetByLabel($"Record me {programme} (test)").CheckAsync();
        await page.GetByLabel("Your CSO function's email").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record alert" }).ClickAsync();
        var problem = page.Locator(".nhsuk-error-summary__list a");
        Assert.StartsWith("The CSO function's email must be", await problem.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("#cso-email", await problem.GetAttributeAsync("href"));
        Assert.True(await page.GetByLabel($"Record me {programme} (test)").IsCheckedAsync());

        await page.GetByLabel("Your CSO function's email").FillAsync("cso@london-css.nhs.net");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record alert" }).ClickAsync();
        Assert.EndsWith($"/alerts/{reference}?saved=recorded", page.Url, StringComparison.Ordinal);
        Assert.Contains("The alert has been recorded.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var row = await page.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Contains(WebHub.JoinedPractice, Assert.Single(row), StringComparison.Ordinal);
        Assert.Contains("Not acknowledged yet", row[0], StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        // The practice answers; the CSO sees it, and it drops out of "still to answer".
        var practice = hub.App.Client().AsPractice(WebHub.JoinedPractice);
        await practice.Data($"mutation($r: ID!) {{ acknowledgeCasAlert(reference: $r, odsCode: \"{WebHub.JoinedPractice}\") {{ status }} }}", new { r = reference });
        await page.GotoAsync($"/alerts/{reference}");
        Assert.Contains("Acknowledged; no response yet", await page.Locator("tbody tr").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("1", await page.Locator("#totals .nhsuk-summary-list__row", new() { HasText = "Acknowledged, no response yet" }).InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Show practices").SelectOptionAsync("ActionComplete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.Contains("No practice matches.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/alerts");
        Assert.Contains("Scribe release 2.3 mislabels patients", await page.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);

        // The same alert again: refused in words, nothing changed.
        await page.GotoAsync("/alerts/new");
        await page.GetByLabel("CAS reference").FillAsync(reference);
        await page.GetByLabel("Type of alert").SelectOptionAsync("Other");
        await page.GetByLabel("Who issued it").FillAsync("MHRA");
        await page.FillDateAsync("issued", Samples.Today);
        await page.GetByLabel("Title").FillAsync("A second recording");
        await page.GetByLabel("Summary").FillAsync("Again.");
        await page.GetByLabel("What practices must do").FillAsync("Nothing.");
        await page.GetByLabel($"Record me {programme} (test)").CheckAsync();
        await page.GetByLabel("Your CSO function's email").FillAsync("cso@london-css.nhs.net");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record alert" }).ClickAsync();
        Assert.Equal("#reference", await page.Locator(".nhsuk-error-summary__list a").GetAttributeAsync("href"));
        var recorded = await hub.App.Client().Data("query($r: ID!) { casAlert(reference: $r) { title } }", new { r = reference });
        Assert.Equal("Scribe release 2.3 mislabels patients", (string?)recorded["casAlert"]!["title"]);
    }

    [Fact]
    public async Task Recording_an_alert_is_not_found_for_a_practice_or_an_ICB()
    {
        foreach (var person in new[] { WebHub.People[2].Name, WebHub.People[3].Name })
        {
            var page = await hub.NewPageAsync();
            await WebHub.SignInAsync(page, person);
            Assert.Equal((int)HttpStatusCode.NotFound, (await page.GotoAsync("/alerts/new"))!.Status);
        }
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
