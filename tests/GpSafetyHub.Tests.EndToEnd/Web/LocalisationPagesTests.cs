using GpSafetyHub.Tests.Support;
using System.Net;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>A practice manager localising a programme in the browser: their programmes, the hazards, a decision, a refusal, a conflict.</summary>
public sealed class LocalisationPagesTests(WebHub hub) : IClassFixture<WebHub>
{
    private static readonly string Manager = WebHub.People[2].Name;

    [Fact]
    public async Task A_practice_manager_finds_what_to_do_and_records_a_decision_after_correcting_a_refused_one()
    {
        var id = await hub.JoinedProgrammeAsync("Localise me");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Your practice ({WebHub.JoinedPractice})", Exact = false }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        var row = page.Locator("tbody tr", new() { HasText = $"Localise me {id} (test)" });
        Assert.Contains("Record your SOP, assess each hazard, then sign off.", await row.InnerTextAsync(), StringComparison.Ordinal);

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        Assert.Contains("Not assessed", await page.Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "H-001 Note saved to the wrong patient" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        // It applies, but no residual risk is given: refused, said against the question, nothing recorded.
        await page.GetByLabel("Yes, it applies here").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        var summary = page.Locator(".nhsuk-error-summary__list a");
        Assert.StartsWith("The risk that remains at your practice is required", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("#severity", await summary.GetAttributeAsync("href"));
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        Assert.Equal(1, await NotAssessedAsync(id));

        await page.GetByLabel("How severe the harm would be").SelectOptionAsync("Major");
        await page.GetByLabel("How likely it is, with your practice's controls").SelectOptionAsync("VeryLow");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        Assert.Contains("Your decision on H-001 has been saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var hazard = await page.Locator("tbody tr").First.InnerTextAsync();
        Assert.Contains("Applies here", hazard, StringComparison.Ordinal);
        Assert.Contains("2 – low", hazard, StringComparison.Ordinal); // major × very low
        Assert.Equal(0, await NotAssessedAsync(id));
    }

    [Fact]
    public async Task A_practice_manager_localises_a_programme_to_sign_off_in_the_browser()
    {
        var id = await hub.JoinedProgrammeAsync("To sign-off");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GotoAsync($"/practices/{WebHub.JoinedPractice}/programmes/{id}");

        // Signing off too early: told what is missing, nothing recorded.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign off" }).ClickAsync();
        await FillSignOffAsync(page);
        var problems = await page.Locator(".nhsuk-error-summary__list").InnerTextAsync();
        Assert.Contains("Your SOP must be recorded and approved before the practice signs off", problems, StringComparison.Ordinal);
        Assert.Contains("Hazard H-001 is not assessed", problems, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        // The SOP: a review date that is not a date is refused by the page itself.
        await page.GotoAsync($"/practices/{WebHub.JoinedPractice}/programmes/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record your SOP" }).ClickAsync();
        await page.GetByLabel("The SOP's text").FillAsync("Clinicians review every generated note before it is saved.");
        await page.GetByLabel("Version").FillAsync("1.0");
        await page.GetByLabel("Approved by").FillAsync("Dr Grace Hopper");
        await page.FillDateAsync("approved", Samples.Today.AddDays(-1));
        await page.Locator("#review").FillAsync("31");
        await page.Locator("#review-month").FillAsync("2");
        await page.Locator("#review-year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save SOP" }).ClickAsync();
        Assert.Equal("The review date must be a real date", await page.Locator(".nhsuk-error-summary__list a").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.FillDateAsync("review", Samples.Today.AddMonths(6));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save SOP" }).ClickAsync();
        Assert.Contains("Your SOP has been saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "H-001 Note saved to the wrong patient" }).ClickAsync();
        await page.GetByLabel("No, it does not apply here").CheckAsync();
        await page.GetByLabel("Why (required if it does not apply)").FillAsync("We do not use the scribe with two records open.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign off" }).ClickAsync();
        await FillSignOffAsync(page);
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Your sign-off has been recorded.", main, StringComparison.Ordinal);
        Assert.Contains("Signed off", main, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        var recorded = await hub.App.Client().Data($"query($p: ID!) {{ localisation(programmeId: $p, odsCode: \"{WebHub.JoinedPractice}\") {{ status signOffs {{ name programmeVersion }} }} }}", new { p = id });
        Assert.Equal("SIGNED_OFF", (string?)recorded["localisation"]!["status"]);
        Assert.Equal(("Sam Joined", 1), ((string?)recorded["localisation"]!["signOffs"]![0]!["name"], (int)recorded["localisation"]!["signOffs"]![0]!["programmeVersion"]!));

        // The safety case the practice hands an inspector: the decision and why, the SOP, the sign-off.
        await page.GetByRole(AriaRole.Link, new() { Name = "printable page" }).ClickAsync();
        Assert.Equal("Localised clinical safety case", await page.Locator("h1").InnerTextAsync());
        var hazard = await page.Locator("tbody tr", new() { HasText = "H-001" }).First.InnerTextAsync();
        Assert.Contains("We do not use the scribe with two records open.", hazard, StringComparison.Ordinal);
        Assert.Contains("Patient banner on every draft", hazard, StringComparison.Ordinal);
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Clinicians review every generated note before it is saved.", text, StringComparison.Ordinal);
        Assert.Contains("MOU-2026-001", text, StringComparison.Ordinal);
        Assert.Contains("Localised and reviewed for our practice.", text, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        await page.GoBackAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Word document (DOCX)" }).ClickAsync());
        var docx = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal($"safety-case-{WebHub.JoinedPractice}-{id}.docx", download.SuggestedFilename);
        Assert.Empty(WordDocuments.ValidationErrors(docx));
        Assert.Contains(("Heading1", "7. History of decisions"), WordDocuments.Paragraphs(docx));
        Assert.Contains(WordDocuments.Tables(docx), t => t.Any(r => r.SequenceEqual(["Reference", "MOU-2026-001"])));
    }

    [Fact]
    public async Task A_decision_changed_by_someone_else_since_the_page_opened_is_not_overwritten()
    {
        var id = await hub.JoinedProgrammeAsync("Two people");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GotoAsync($"/practices/{WebHub.JoinedPractice}/programmes/{id}/hazards/H-001");
        await page.GetByLabel("No, it does not apply here").CheckAsync();
        await page.GetByLabel("Why (required if it does not apply)").FillAsync("We do not use the scribe for that.");

        // Meanwhile a colleague records that it applies.
        var colleague = hub.App.Client(hub.App.Tokens.Mint(["practice"], [WebHub.JoinedPractice], "A colleague"));
        await colleague.Data($$"""
            mutation($p: ID!) { assessHazard(programmeId: $p, odsCode: "{{WebHub.JoinedPractice}}", hazardId: "H-001", expectedRevision: 0,
              decision: { applicable: true, localResidualRisk: { severity: MAJOR, likelihood: LOW } }) { status } }
            """, new { p = id });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        var warning = await page.Locator(".nhsuk-warning-callout").InnerTextAsync();
        Assert.Contains("Someone changed this since you opened it", warning, StringComparison.Ordinal);
        Assert.Contains("applies here, residual risk 3", warning, StringComparison.Ordinal); // major × low
        Assert.Equal("applicable", await DecisionAsync(id));
        await Axe.AssertNoViolationsAsync(page);

        // Having seen it, the person may still record theirs.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        Assert.Contains("Does not apply", await page.Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("not applicable", await DecisionAsync(id));
    }

    [Fact]
    public async Task Another_practice_s_localisation_is_not_found_exactly_as_one_that_does_not_exist()
    {
        var id = await hub.JoinedProgrammeAsync("Not yours");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[1].Name);

        var hidden = await page.GotoAsync($"/practices/{WebHub.JoinedPractice}/programmes/{id}");
        var hiddenText = await page.Locator("main").InnerTextAsync();
        var missing = await page.GotoAsync($"/practices/Z99999/programmes/{id}");

        Assert.Equal((int)HttpStatusCode.NotFound, hidden!.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, missing!.Status);
        Assert.Equal(await page.Locator("main").InnerTextAsync(), hiddenText);
        Assert.Equal((int)HttpStatusCode.NotFound, (await page.GotoAsync($"/practices/{WebHub.JoinedPractice}"))!.Status);
        // Its safety case and alert log too: the same "not found" as a practice that does not exist.
        foreach (var document in new[] { $"programmes/{id}/safety-case", $"programmes/{id}/safety-case.docx", "cas-alert-log.xlsx" })
        {
            Assert.Equal((int)HttpStatusCode.NotFound, (await page.APIRequest.GetAsync($"/practices/{WebHub.JoinedPractice}/{document}")).Status);
            Assert.Equal((int)HttpStatusCode.NotFound, (await page.APIRequest.GetAsync($"/practices/Z99999/{document}")).Status);
        }

        // Its own practice with a programme it never joined (and so may not read) reads as one that does not exist.
        var unjoined = await page.GotoAsync($"/practices/Z12345/programmes/{id}");
        var unjoinedText = await page.Locator("main").InnerTextAsync();
        var nonexistent = await page.GotoAsync("/practices/Z12345/programmes/no-such-programme");
        Assert.Equal((int)HttpStatusCode.NotFound, unjoined!.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, nonexistent!.Status);
        Assert.Equal(await page.Locator("main").InnerTextAsync(), unjoinedText);
    }

    private static async Task FillSignOffAsync(IPage page)
    {
        await page.GetByLabel("Your name").FillAsync("Sam Joined");
        await page.GetByLabel("Your role").FillAsync("Practice manager");
        await page.GetByLabel("Your statement").FillAsync("Localised and reviewed for our practice.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
    }

    private async Task<int> NotAssessedAsync(string programme) =>
        (int)(await hub.App.Client().Data($"query($p: ID!) {{ localisation(programmeId: $p, odsCode: \"{WebHub.JoinedPractice}\") {{ notAssessedHazards }} }}", new { p = programme }))
            ["localisation"]!["notAssessedHazards"]!;

    private async Task<string> DecisionAsync(string programme)
    {
        var data = await hub.App.Client().Data($"query($p: ID!) {{ localisation(programmeId: $p, odsCode: \"{WebHub.JoinedPractice}\") {{ hazards {{ local {{ applicable }} }} }} }}", new { p = programme });
        return (bool)data["localisation"]!["hazards"]![0]!["local"]!["applicable"]! ? "applicable" : "not applicable";
    }
}
