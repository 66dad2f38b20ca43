using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>A practice manager's own pages: joining under an MoU, carrying forward, local controls and hazards, the practice's contacts.</summary>
public sealed class PracticePagesTests(WebHub hub) : IClassFixture<WebHub>
{
    private static readonly string Manager = WebHub.People[2].Name;
    private static readonly string Practice = WebHub.JoinedPractice;

    [Fact]
    public async Task A_practice_manager_joins_a_programme_under_an_MoU_after_correcting_refused_answers()
    {
        var id = await hub.PublishedProgrammeAsync("Join me");
        await hub.RegisterJoinedPracticeAsync();
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GotoAsync($"/practices/{Practice}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Join a programme" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Join programme" }).ClickAsync();
        Assert.Equal(
            ["Enter the programme code from your MoU", "Enter the date the MoU was signed", "Enter the date the MoU ends"],
            await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Programme code").FillAsync("no-such-programme");
        await page.GetByLabel("MoU reference").FillAsync("MOU-77");
        await page.GetByLabel("Who signed it for the practice").FillAsync("Sam Joined");
        await page.GetByLabel("Their role").FillAsync("Practice manager");
        await page.FillDateAsync("signed", Samples.Today.AddDays(-3));
        await page.FillDateAsync("expires", Samples.Today.AddYears(2));
        await page.GetByRole(AriaRole.Button, new() { Name = "Join programme" }).ClickAsync();
        var problem = page.Locator(".nhsuk-error-summary__list a");
        Assert.Equal("There is no programme with this code: check the code on your MoU", await problem.InnerTextAsync());
        Assert.Equal("#programme", await problem.GetAttributeAsync("href"));

        // Typed as it is printed, in capitals: the code is the programme's all the same.
        await page.GetByLabel("Programme code").FillAsync(id.ToUpperInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Join programme" }).ClickAsync();
        Assert.EndsWith($"/practices/{Practice}/programmes/{id}?saved=joined", page.Url, StringComparison.Ordinal);
        Assert.Contains("Your practice has joined the programme under MoU MOU-77.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        var localisation = await LocalisationAsync(id, "status mou { reference signatoryName }");
        Assert.Equal(("JOINED", "MOU-77", "Sam Joined"), ((string?)localisation["status"], (string?)localisation["mou"]!["reference"], (string?)localisation["mou"]!["signatoryName"]));
    }

    [Fact]
    public async Task A_signed_off_practice_carries_forward_a_new_version_and_sees_which_hazards_changed()
    {
        var id = await hub.JoinedProgrammeAsync("Carry me");
        var api = hub.App.Client();
        await api.RecordApprovedSopAsync(id, Practice);
        await api.AssessAndSignOffAsync(id, Practice);
        var hazard = Requests.Hazard();
        hazard["controls"] = new[]
        {
            new { description = "Patient banner on every draft", type = "SYSTEM_DESIGN", state = "EXISTING", evidence = "TR-12" },
            new { description = "Second check of the patient before filing", type = "BUSINESS_PROCESS", state = "EXISTING", evidence = "SOP 4" },
        };
        await api.Data(Requests.ReviseHazard, new { p = id, id = "H-001", rev = 1, h = hazard, why = "Pilot finding" });
        await api.Data(Requests.Publish, new { p = id, rev = 2, s = "Version 2: second check" });

        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GotoAsync($"/practices/{Practice}/programmes/{id}");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Out of date", main, StringComparison.Ordinal);
        Assert.Contains("The programme has published version 2", main, StringComparison.Ordinal);
        var change = await page.Locator("table").First.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Contains("Controls changed", Assert.Single(change), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Sign off" }).CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Carry forward to version 2" }).ClickAsync();
        main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Your localisation has been carried forward to version 2.", main, StringComparison.Ordinal);
        var row = await page.Locator("#hazards + table tbody tr").First.InnerTextAsync();
        Assert.Contains("Changed: assess again", row, StringComparison.Ordinal);
        Assert.Contains("Changed since you signed off: controls changed", row, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        var localisation = await LocalisationAsync(id, "status localisedVersion");
        // Still out of date until the practice signs off again, which the page now offers.
        Assert.Equal(("STALE", 2), ((string?)localisation["status"], (int)localisation["localisedVersion"]!));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Sign off" }).CountAsync());
    }

    [Fact]
    public async Task A_practice_records_its_own_controls_beside_the_programme_s_and_adds_then_closes_a_local_hazard()
    {
        var id = await hub.JoinedProgrammeAsync("Local work");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GotoAsync($"/practices/{Practice}/programmes/{id}/hazards/H-001");
        Assert.Contains("Patient banner on every draft (system design)", await page.Locator(".nhsuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Yes, it applies here").CheckAsync();
        await page.Locator("#control-0-description").FillAsync("Receptionist confirms the patient on arrival");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another control" }).ClickAsync();
        Assert.Equal("Receptionist confirms the patient on arrival", await page.Locator("#control-0-description").InputValueAsync());
        await page.Locator("#control-1-description").FillAsync("Weekly audit of filed notes");
        await page.GetByLabel("How severe the harm would be").SelectOptionAsync("Major");
        await page.GetByLabel("How likely it is, with your practice's controls").SelectOptionAsync("VeryLow");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        Assert.Equal(["Choose what kind of control control 1 is", "Say whether control 1 is in place already", "Choose what kind of control control 2 is", "Say whether control 2 is in place already"],
            await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("#control-0-type").SelectOptionAsync("BusinessProcess");
        await page.Locator("#control-0-state").SelectOptionAsync("Existing");
        await page.Locator("#control-1-type").SelectOptionAsync("BusinessProcess");
        await page.Locator("#control-1-state").SelectOptionAsync("Additional");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        Assert.Contains("Your decision on H-001 has been saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var controls = (await LocalisationAsync(id, "hazards { local { localControls { description state } } }"))["hazards"]![0]!["local"]!["localControls"]!.AsArray();
        Assert.Equal(
            [("Receptionist confirms the patient on arrival", "EXISTING"), ("Weekly audit of filed notes", "ADDITIONAL")],
            controls.Select(c => ((string?)c!["description"], (string?)c["state"])));

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a local hazard" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Title").FillAsync("Scribe used in the shared treatment room");
        await page.Locator("#initial-severity").SelectOptionAsync("Considerable");
        await page.Locator("#initial-likelihood").SelectOptionAsync("Low");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hazard" }).ClickAsync();
        Assert.Contains("What could happen is required", await page.Locator(".nhsuk-error-summary__list").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty((await LocalisationAsync(id, "localHazards { id }"))["localHazards"]!.AsArray());
        await page.GetByLabel("What could happen").FillAsync("Another patient overhears the consultation summary.");
        await page.GetByLabel("Its effect on care").FillAsync("Confidential information is disclosed.");
        await page.GetByLabel("The harm it could do to a patient").FillAsync("Distress and loss of trust.");
        await page.GetByLabel("Owner").FillAsync("Practice manager");
        await page.GetByLabel("Why you are making this change").FillAsync("Raised at the practice meeting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hazard" }).ClickAsync();
        Assert.Contains("Your local hazard has been saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var local = await page.Locator("#local-hazards ~ table tbody tr").First.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["L-001 Scribe used in the shared treatment room", "Open"], local.Take(2).Select(c => c.Trim()));

        await page.GetByRole(AriaRole.Link, new() { Name = "L-001 Scribe used in the shared treatment room" }).ClickAsync();
        await page.GetByLabel("Why it no longer applies").FillAsync("The scribe is no longer used in that room");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close hazard" }).ClickAsync();
        Assert.Contains("Closed", await page.Locator("#local-hazards ~ table tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("CLOSED", (string?)(await LocalisationAsync(id, "localHazards { status }"))["localHazards"]![0]!["status"]);
    }

    [Fact]
    public async Task A_practice_manager_keeps_the_practice_s_contacts_and_its_ICB_reads_them_without_a_form()
    {
        await hub.RegisterJoinedPracticeAsync();
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GotoAsync($"/practices/{Practice}");
        Assert.Contains("None: safety alerts cannot reach the practice", await page.Locator(".nhsuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change your contacts" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("CAS alert contact's email").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contacts" }).ClickAsync();
        var problem = page.Locator(".nhsuk-error-summary__list a");
        Assert.StartsWith("The CAS contact's email must be", await problem.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("#cas-email", await problem.GetAttributeAsync("href"));
        await Axe.AssertNoViolationsAsync(page);
        Assert.Null((string?)(await ContactsAsync())["casContactEmail"]);

        await page.GetByLabel("CAS alert contact's email").FillAsync("cas.z54321@nhs.net");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contacts" }).ClickAsync();
        Assert.Contains("Your contacts have been saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("cas.z54321@nhs.net", await page.Locator(".nhsuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        var contacts = await ContactsAsync();
        Assert.Equal(("cas.z54321@nhs.net", "lead.z54321@nhs.net"), ((string?)contacts["casContactEmail"], (string?)contacts["safetyLeadEmail"]));

        var icb = await hub.NewPageAsync();
        await WebHub.SignInAsync(icb, WebHub.People[3].Name);
        await icb.GotoAsync($"/practices/{Practice}");
        Assert.Contains("cas.z54321@nhs.net", await icb.Locator(".nhsuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await icb.GetByRole(AriaRole.Link, new() { Name = "Change your contacts" }).CountAsync());
        Assert.Equal((int)HttpStatusCode.NotFound, (await icb.GotoAsync($"/practices/{Practice}/contacts"))!.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, (await icb.GotoAsync($"/practices/{Practice}/join"))!.Status);
    }

    private async Task<JsonNode> LocalisationAsync(string id, string fields) =>
        (await hub.App.Client().Data($"query($p: ID!) {{ localisation(programmeId: $p, odsCode: \"{Practice}\") {{ {fields} }} }}", new { p = id }))["localisation"]!;

    private async Task<JsonNode> ContactsAsync() =>
        (await hub.App.Client().Data($"{{ practice(odsCode: \"{Practice}\") {{ contacts {{ casContactEmail safetyLeadEmail }} }} }}"))["practice"]!["contacts"]!;
}
