using Microsoft.Playwright;
using static GpSafetyHub.Tests.EndToEnd.DeploymentSteps;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>A practice's deployment as a task list and a step recorded on its page; the ICB's board; the CSO function's view and set-up.</summary>
public sealed class DeploymentPagesTests(WebHub hub) : IClassFixture<WebHub>
{
    private static readonly string Cso = WebHub.People[0].Name;
    private static readonly string Manager = WebHub.People[2].Name;
    private static readonly string Analyst = WebHub.People[3].Name;
    private static readonly string Practice = WebHub.JoinedPractice;

    private const string Declare = "mutation($p: ID!) { declareProcurementRoute(programmeId: $p, expectedRevision: 0, route: PRACTICE_LED) { revision } }";

    [Fact]
    public async Task A_practice_manager_sees_what_to_do_next_and_records_a_step_after_correcting_refused_answers()
    {
        var id = await hub.JoinedProgrammeAsync("Deploy me");
        await hub.App.Client().Data(Declare, new { p = id });
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Manager);
        await page.GotoAsync($"/practices/{Practice}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Deploying Deploy me {id} (test)" }).ClickAsync();
        Assert.EndsWith($"/practices/{Practice}/deployments/{id}", page.Url, StringComparison.Ordinal);
        var tasks = page.Locator(".nhsuk-task-list__item");
        Assert.Equal(12, await tasks.CountAsync());
        Assert.Contains("Done by: Practice", await tasks.First.InnerTextAsync(), StringComparison.Ordinal);
        // Clinical safety follows the localisation: it is shown, never offered as a form.
        Assert.Equal(0, await page.Locator($"a[href$='/steps/clinical-safety']").CountAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator($"a[href='/practices/{Practice}/deployments/{id}/steps/outline-requirement']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save step" }).ClickAsync();
        Assert.Equal(["Choose where the step stands"], await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync());
        await Axe.AssertNoViolationsAsync(page);

        // Waiting, but on whom? The hub's own rule, shown against the question.
        await page.GetByLabel("Waiting on someone (choose whom below)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save step" }).ClickAsync();
        var problem = page.Locator(".nhsuk-error-summary__list a");
        Assert.Equal("#waiting", await problem.GetAttributeAsync("href"));
        Assert.Contains("name whom the step waits on", await problem.InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Done", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Evidence: a document reference or link (optional)").FillAsync("REQ-2027-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save step" }).ClickAsync();
        Assert.EndsWith($"/practices/{Practice}/deployments/{id}?saved=outline-requirement", page.Url, StringComparison.Ordinal);
        Assert.Contains("Outline requirement has been saved.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Done", await tasks.First.Locator(".nhsuk-task-list__status").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        var recorded = (await hub.App.Client().Data("query($p: ID!, $o: ID!) { deployment(programmeId: $p, odsCode: $o) { steps { step status evidence changedBy { name } } } }", new { p = id, o = Practice }))["deployment"]!;
        var outline = Step(recorded, "OUTLINE_REQUIREMENT");
        Assert.Equal(("DONE", "REQ-2027-01", Manager), ((string?)outline["status"], (string?)outline["evidence"], (string?)outline["changedBy"]!["name"]));
    }

    [Fact]
    public async Task An_ICB_analyst_sees_each_deployment_at_its_step_filters_by_whose_turn_it_is_and_takes_the_pipeline_away()
    {
        var id = await hub.JoinedProgrammeAsync("On the board");
        var api = hub.App.Client();
        await api.Data(Declare, new { p = id });
        await api.AsPractice(Practice).StepsAsync(id, Practice, Done("OUTLINE_REQUIREMENT"), Waiting("PROCUREMENT_ROUTE", "SUPPLIER"));

        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Analyst);
        await page.GotoAsync("/icbs/QAA");
        await page.GetByRole(AriaRole.Link, new() { Name = "Deployments: every practice's path to go-live, step by step" }).ClickAsync();
        await page.GetByLabel("Programme").SelectOptionAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show deployments" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        var lane = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Procurement route (1)" }) });
        var card = await lane.Locator(".nhsuk-card").InnerTextAsync();
        Assert.Contains($"Practice {Practice} ({Practice})", card, StringComparison.Ordinal);
        Assert.Contains("Whose turn: Supplier", card, StringComparison.Ordinal);
        Assert.Contains("Waited 0 of 1 working days on Procurement route", card, StringComparison.Ordinal);
        var key = await page.Locator("dl").First.InnerTextAsync();
        Assert.Contains("1, of which 0 live", key, StringComparison.Ordinal);
        Assert.Contains("None live yet", key, StringComparison.Ordinal);
        var median = await page.Locator("tbody tr", new() { HasText = "Outline requirement" }).Locator("td").AllInnerTextsAsync();
        Assert.Equal("0", median[0].Trim()); // started and done the same day

        await page.GetByLabel("Whose turn it is").SelectOptionAsync("Icb");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show deployments" }).ClickAsync();
        Assert.Contains("No deployments match.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        // The ICB's permission for every practice: a prohibition needs its reason; the practice inherits the decision.
        await page.GotoAsync($"/icbs/QAA/deployments?programme={id}");
        await page.GetByLabel("Prohibited", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record permission" }).ClickAsync();
        Assert.Equal("#permission-note", await page.Locator(".nhsuk-error-summary__list a").GetAttributeAsync("href"));
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Approved with service-desk support").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record permission" }).ClickAsync();
        Assert.Contains("Approved with service-desk support, recorded", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var inherited = Step((await api.Data("query($p: ID!, $o: ID!) { deployment(programmeId: $p, odsCode: $o) { steps { step permission changedBy { name } } } }", new { p = id, o = Practice }))["deployment"]!, "ICB_PERMISSION");
        Assert.Equal(("APPROVED_WITH_SUPPORT", Analyst), ((string?)inherited["permission"], (string?)inherited["changedBy"]!["name"]));

        var csv = await page.APIRequest.GetAsync($"/icbs/QAA/deployments.csv?programme={id}");
        Assert.Equal(200, csv.Status);
        var lines = (await csv.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{id},{Practice},Practice {Practice},Practice-led,Procurement route,Supplier,0,1,no", lines[1], StringComparison.Ordinal);
        Assert.Equal(404, (await page.APIRequest.GetAsync("/icbs/QBB/deployments.csv")).Status);
    }

    [Fact]
    public async Task The_CSO_function_declares_the_route_records_a_shared_DTAC_and_sees_where_each_practice_stands()
    {
        var id = await hub.JoinedProgrammeAsync("Set me up");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Cso);
        await page.GotoAsync($"/programmes/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Deployments: where each practice stands, the procurement route and shared artefacts" }).ClickAsync();
        Assert.Contains("Not declared yet.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save route" }).ClickAsync();
        Assert.Equal(["Choose how the software is procured"], await page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync());
        await page.GetByLabel("ICB-led").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save route" }).ClickAsync();
        Assert.Contains("ICB-led: this decides who does each step", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Document reference or link").FillAsync("DTAC-2027-14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record artefact" }).ClickAsync();
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("DTAC-2027-14, recorded", main, StringComparison.Ordinal);
        // The joined practice stands at its first step; its DTAC is done by the programme's.
        Assert.Contains("Outline requirement (1)", main, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        var dtac = Step((await hub.App.Client().Data("query($p: ID!, $o: ID!) { deployment(programmeId: $p, odsCode: $o) { steps { step status evidence } } }", new { p = id, o = Practice }))["deployment"]!, "DTAC");
        Assert.Equal(("DONE", "DTAC-2027-14"), ((string?)dtac["status"], (string?)dtac["evidence"]));

        // A practice is not shown the page; one that has not joined the programme is not shown its own deployment of it.
        var practice = await hub.NewPageAsync();
        await WebHub.SignInAsync(practice, Manager);
        Assert.Equal(404, (await practice.GotoAsync($"/programmes/{id}/deployments"))!.Status);
        var outsider = await hub.NewPageAsync();
        await WebHub.SignInAsync(outsider, WebHub.People[1].Name);
        Assert.Equal(404, (await outsider.GotoAsync($"/practices/{WebHub.People[1].Scope}/deployments/{id}"))!.Status);
    }
}
