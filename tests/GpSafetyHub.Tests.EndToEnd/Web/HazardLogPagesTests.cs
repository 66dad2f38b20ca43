using GpSafetyHub.Tests.Support;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>A CSO changing a programme's hazard log in the browser: adding, revising and closing hazards, publishing, comparing versions.</summary>
public sealed class HazardLogPagesTests(WebHub hub) : IClassFixture<WebHub>
{
    private static readonly string Cso = WebHub.People[0].Name;

    [Fact]
    public async Task A_CSO_adds_a_hazard_after_refusals_then_publishes_it_and_sees_what_the_version_changed()
    {
        var id = await hub.PublishedProgrammeAsync("Add and publish");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Cso);
        await page.GotoAsync($"/programmes/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a hazard" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        // A title alone: the page asks for the initial risk, the hub for the rest; nothing is added.
        await page.GetByLabel("Title").FillAsync("Dose transcribed wrongly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hazard" }).ClickAsync();
        Assert.Equal(
            ["Choose how severe the harm would be before the controls", "Choose how likely the harm is before the controls"],
            await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync());
        await page.Locator("#initial-severity").SelectOptionAsync("Major");
        await page.Locator("#initial-likelihood").SelectOptionAsync("Medium");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hazard" }).ClickAsync();
        var problems = page.Locator(".nhsuk-error-summary__list a");
        var texts = await problems.AllInnerTextsAsync();
        Assert.Contains("What could happen is required", texts);
        Assert.Contains("The owner is required", texts);
        Assert.Contains("The reason for the change is required", texts);
        Assert.Equal("#description", await problems.Nth(texts.ToList().IndexOf("What could happen is required")).GetAttributeAsync("href"));
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("Dose transcribed wrongly", await page.GetByLabel("Title").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);
        Assert.Single((await DraftAsync(id))["hazards"]!.AsArray());

        await page.GetByLabel("What could happen").FillAsync("A dictated dose is written with the wrong unit.");
        await page.GetByLabel("Its effect on care").FillAsync("The wrong dose is prescribed.");
        await page.GetByLabel("The harm it could do to a patient").FillAsync("Overdose.");
        await page.Locator("#control-0-description").FillAsync("Doses highlighted for the clinician to confirm");
        await page.Locator("#control-0-type").SelectOptionAsync("SystemDesign");
        await page.Locator("#control-0-state").SelectOptionAsync("Existing");
        await page.GetByLabel("Owner").FillAsync("Programme CSO");
        await page.GetByLabel("Why you are making this change").FillAsync("Found in the pilot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hazard" }).ClickAsync();

        Assert.Contains("H-002 has been added to the draft.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var added = await page.Locator("tbody tr", new() { HasText = "H-002" }).Locator("td").AllInnerTextsAsync();
        Assert.Equal(["H-002 Dose transcribed wrongly", "Open", "3 – medium", "Not rated"], added.Take(4).Select(c => c.Trim()));
        var hazard = (await DraftAsync(id))["hazards"]![1]!;
        Assert.Equal("Doses highlighted for the clinician to confirm", (string?)hazard["controls"]![0]!["description"]);
        Assert.Equal("SYSTEM_DESIGN", (string?)hazard["controls"]![0]!["type"]);

        // Publishing with a hazard not yet rated after its controls, and no registration: both refused, said in words.
        await page.GetByRole(AriaRole.Link, new() { Name = "Publish version 2" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        Assert.Contains("Added", await page.Locator("tbody tr", new() { HasText = "H-002" }).InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("What changed in this version").FillAsync("Dose transcription hazard added");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        texts = await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync();
        Assert.Contains("Your professional registration is required", texts);
        Assert.Contains("Hazard H-002 residual risk must be assessed before the log is published", texts);
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/programmes/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "H-002 Dose transcribed wrongly" }).ClickAsync();
        await page.Locator("#residual-severity").SelectOptionAsync("Major");
        await page.Locator("#residual-likelihood").SelectOptionAsync("VeryLow");
        await page.GetByLabel("Why you are making this change").FillAsync("Rated with the highlighting in place");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        Assert.Contains("Your changes to H-002 have been saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Publish version 2" }).ClickAsync();
        await page.GetByLabel("What changed in this version").FillAsync("Dose transcription hazard added");
        await page.GetByLabel("Professional registration").FillAsync("GMC 7654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        Assert.Contains("Version 2 has been published.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var versions = (await DraftAsync(id))["versions"]!.AsArray();
        Assert.Equal((2, "GMC 7654321", Cso), ((int)versions[1]!["number"]!, (string?)versions[1]!["signOff"]!["professionalRegistration"], (string?)versions[1]!["publishedBy"]!["name"]));

        await page.GetByRole(AriaRole.Link, new() { Name = "Published versions and what changed between them" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        Assert.Equal("From version 1 to version 2", await page.Locator("#changes").InnerTextAsync());
        var change = await page.Locator("table").Nth(1).Locator("tbody tr").AllInnerTextsAsync();
        Assert.Contains("Added", Assert.Single(change), StringComparison.Ordinal);
        Assert.Contains("H-002 Dose transcribed wrongly", change[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hazard_revised_by_someone_else_since_the_page_opened_is_not_overwritten_and_closing_needs_a_reason()
    {
        var id = await hub.PublishedProgrammeAsync("Revise and close");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Cso);
        await page.GotoAsync($"/programmes/{id}/hazards/H-001");
        await page.GetByLabel("Title").FillAsync("Note filed to the wrong patient");
        await page.GetByLabel("Why you are making this change").FillAsync("Clearer wording");

        // Meanwhile a colleague changes the hazard's owner.
        var hazard = Requests.Hazard();
        hazard["owner"] = "Deputy CSO";
        await hub.App.Client().Data(Requests.ReviseHazard, new { p = id, id = "H-001", rev = 1, h = hazard, why = "Handover" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        var warning = await page.Locator(".nhsuk-warning-callout").InnerTextAsync();
        Assert.Contains("Someone changed this since you opened it", warning, StringComparison.Ordinal);
        Assert.Contains("It now differs from your answers in: title, owner.", warning, StringComparison.Ordinal);
        Assert.Equal("Note filed to the wrong patient", await page.GetByLabel("Title").InputValueAsync());
        var draft = (await DraftAsync(id))["hazards"]![0]!;
        Assert.Equal(("Note saved to the wrong patient", "Deputy CSO"), ((string?)draft["title"], (string?)draft["owner"]));
        await Axe.AssertNoViolationsAsync(page);

        // Closing without a reason is refused; with one, the hazard stays in the log, closed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Close hazard" }).ClickAsync();
        Assert.Equal("The reason for closing it is required", await page.Locator(".nhsuk-error-summary__list a").InnerTextAsync());
        await page.GetByLabel("Why it no longer applies").FillAsync("The feature was withdrawn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close hazard" }).ClickAsync();
        Assert.Contains("H-001 has been closed.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Closed", await page.Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("CLOSED", (string?)(await DraftAsync(id))["hazards"]![0]!["status"]);
    }

    [Fact]
    public async Task A_CSO_brings_in_a_hazard_log_spreadsheet_after_a_preview_and_a_refused_file_imports_nothing()
    {
        var source = await hub.PublishedProgrammeAsync("Exported");
        var xlsx = Convert.FromBase64String((string)(await hub.App.Client().Data(
            "query($p: ID!) { hazardLogSpreadsheet(programmeId: $p, version: 1) { contentBase64 } }", new { p = source }))["hazardLogSpreadsheet"]!["contentBase64"]!);
        var target = await hub.PublishedProgrammeAsync("Importing");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Cso);
        await page.GotoAsync($"/programmes/{target}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import a hazard log" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        // A CSV with a rating word the matrix does not have: the row is refused, in words, and there is nothing to confirm.
        await page.GetByLabel("Your hazard log").SetInputFilesAsync(new FilePayload
        {
            Name = "old-log.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Title,Initial severity,Initial likelihood,Description,Effect,Potential harm,Owner\r\nScribe offline,Severe,Low,d,e,h,CSO\r\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        var refused = await page.Locator("tbody tr").InnerTextAsync();
        Assert.Contains("Refused", refused, StringComparison.Ordinal);
        Assert.Contains("Initial severity must be one of Minor, Significant, Considerable, Major, Catastrophic; was \"Severe\"", refused, StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Import") }).CountAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Choose another file").SetInputFilesAsync(new FilePayload { Name = "exported.xlsx", MimeType = DocumentContentType, Buffer = xlsx });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        Assert.Contains("H-002", await page.Locator("tbody tr").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Single((await DraftAsync(target))["hazards"]!.AsArray()); // nothing yet
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 1 hazards" }).ClickAsync();

        Assert.Contains("The hazards from the file have been added to the draft", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var hazards = (await DraftAsync(target))["hazards"]!.AsArray();
        Assert.Equal(2, hazards.Count);
        Assert.Equal("Note saved to the wrong patient", (string?)hazards[1]!["title"]);
    }

    [Fact]
    public async Task A_CSO_starts_a_programme_from_a_published_version_and_its_draft_carries_the_hazards()
    {
        var source = await hub.PublishedProgrammeAsync("Rolled out again");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Cso);
        await page.GotoAsync($"/programmes/{source}/versions");
        await page.Locator("td a[href$='/versions/1/start-programme']").ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        Assert.Equal(TestTokens.TestCsoFunction, await page.GetByLabel("CSO function").InputValueAsync());

        // Its own code taken: refused against the code, nothing created.
        await page.GetByLabel("Programme code").FillAsync(source);
        await page.GetByLabel("Name").First.FillAsync("AI scribe — Kent");
        await page.FillDateAsync("review", Samples.Today.AddMonths(6));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the programme" }).ClickAsync();
        Assert.Equal("#id", await page.Locator(".nhsuk-error-summary__list a").GetAttributeAsync("href"));
        await Axe.AssertNoViolationsAsync(page);

        var id = UniqueIds.Programme("kent");
        await page.GetByLabel("Programme code").FillAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the programme" }).ClickAsync();
        Assert.EndsWith($"/programmes/{id}?saved=started", page.Url, StringComparison.Ordinal);
        Assert.Contains("The programme has been started with 1 hazards", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Note saved to the wrong patient", (string?)(await DraftAsync(id))["hazards"]![0]!["title"]);
    }

    private const string DocumentContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task The_hazard_log_s_forms_are_not_found_for_anyone_but_the_programme_s_CSO_function()
    {
        var id = await hub.JoinedProgrammeAsync("Not your log");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[2].Name); // the joined practice reads the log but may not change it
        Assert.Equal((int)HttpStatusCode.OK, (await page.GotoAsync($"/programmes/{id}"))!.Status);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Add a hazard" }).CountAsync());
        foreach (var path in new[] { "hazards/new", "hazards/H-001", "publish", "import" })
            Assert.Equal((int)HttpStatusCode.NotFound, (await page.GotoAsync($"/programmes/{id}/{path}"))!.Status);
    }

    private async Task<JsonNode> DraftAsync(string id) =>
        (await hub.App.Client().Data(
            "query($p: ID!) { programme(id: $p) { hazards { title owner status controls { description type } } versions { number publishedBy { name } signOff { professionalRegistration } } } }",
            new { p = id }))["programme"]!;
}
