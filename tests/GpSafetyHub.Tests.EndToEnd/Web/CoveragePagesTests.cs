using System.Net;
using GpSafetyHub.Tests.Support;
using Microsoft.Playwright;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>An ICB analyst seeing a practice's sign-off counted across the ICB, and taking the rows away as CSV.</summary>
public sealed class CoveragePagesTests(WebHub hub) : IClassFixture<WebHub>
{
    private static readonly string Analyst = WebHub.People[3].Name;

    [Fact]
    public async Task A_practice_s_sign_off_is_counted_on_its_ICB_s_coverage_page_and_in_the_CSV()
    {
        var id = await hub.JoinedProgrammeAsync("Counted");
        var api = hub.App.Client();
        await api.RecordApprovedSopAsync(id, WebHub.JoinedPractice);
        await api.AssessAndSignOffAsync(id, WebHub.JoinedPractice);
        // The ICB's estate hears of the sign-off a moment after it is recorded.
        await Eventually.Get(
            async () => (string?)(await api.Data("query($p: ID!) { icbCoverage(icb: \"QAA\", programmeId: $p) { rows { status } } }", new { p = id }))["icbCoverage"]!["rows"]!.AsArray().FirstOrDefault()?["status"],
            status => status == "SIGNED_OFF", what: "the ICB's coverage of the signed-off practice");

        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Analyst);
        await page.GetByRole(AriaRole.Link, new() { Name = "Safety coverage across your ICB (QAA)" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        var programme = await page.Locator("tbody tr", new() { HasText = $"Counted {id} (test)" }).First.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["1", "1", "0", "0", "0"], programme.Skip(1).Take(5).Select(c => c.Trim())); // joined, signed off, out of date, in progress, not started
        var practice = await page.Locator("#practices-table tbody tr", new() { HasText = $"Counted {id}" }).InnerTextAsync();
        Assert.Contains($"Practice {WebHub.JoinedPractice}", practice, StringComparison.Ordinal);
        Assert.Contains("Signed off", practice, StringComparison.Ordinal);

        // The heat map's table: every cell as the API counts it (major × very low, where Requests.Hazard()'s residual risk sits).
        var grid = (await api.Data("{ icbCoverage(icb: \"QAA\") { programmeResidualGrid } }"))["icbCoverage"]!["programmeResidualGrid"]!.AsArray().Select(n => (int)n!).ToArray();
        var heatMap = page.Locator("figure", new() { HasText = "Programme residual risks" }).Locator("table");
        Assert.Equal(["Likelihood", "Minor", "Significant", "Considerable", "Major", "Catastrophic"], (await heatMap.Locator("thead th").AllInnerTextsAsync()).Select(t => t.Trim()));
        var veryLow = await heatMap.Locator("tbody tr").Last.Locator("td").AllInnerTextsAsync();
        Assert.Equal(grid[3].ToString(System.Globalization.CultureInfo.InvariantCulture), veryLow[3].Trim());
        Assert.Equal(grid.Take(5).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), veryLow.Select(t => t.Trim()));

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("No practice of the ICB has an alert still to answer.", main, StringComparison.Ordinal);
        Assert.Contains($"Practice {WebHub.JoinedPractice} ({WebHub.JoinedPractice})", main, StringComparison.Ordinal); // registered with no CAS contact

        await page.GetByLabel("Review").SelectOptionAsync("true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.DoesNotContain($"Counted {id}", await page.Locator("#practices-table").InnerTextAsync(), StringComparison.Ordinal); // its review is not overdue
        await page.GetByLabel("Review").SelectOptionAsync("");

        await page.GetByLabel("Show practices that are").SelectOptionAsync("NotJoined");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.DoesNotContain($"Counted {id}", await page.Locator("#practices-table").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        var csv = await page.Context.APIRequest.GetAsync("/icbs/QAA/coverage.csv");
        var lines = (await csv.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("ods_code,practice,pcn_code,programme_id,status,versions_behind,not_assessed_hazards,highest_local_residual_rating,next_review_date,overdue", lines[0]);
        Assert.Contains($"{WebHub.JoinedPractice},Practice {WebHub.JoinedPractice},,{id},SignedOff,0,0,,", string.Join("\n", lines), StringComparison.Ordinal);

        // The same rows as a workbook, headed in words.
        var xlsx = await (await page.Context.APIRequest.GetAsync("/icbs/QAA/coverage.xlsx")).BodyAsync();
        Assert.Empty(Workbooks.ValidationErrors(xlsx));
        var sheet = Workbooks.Sheets(xlsx)["Coverage QAA"];
        Assert.Equal("ODS code", sheet[0][0]);
        Assert.Contains(sheet, r => r.Count > 4 && r[0] == WebHub.JoinedPractice && r[3] == id && r[4] == "SignedOff");
        Assert.Equal(lines.Length, sheet.Count);
    }

    [Fact]
    public async Task A_national_user_sees_every_ICB_rolled_up_and_an_ICB_analyst_does_not()
    {
        await hub.JoinedProgrammeAsync("Rolled up");
        var national = await hub.NewPageAsync();
        await WebHub.SignInAsync(national, WebHub.People[4].Name);
        await national.GetByRole(AriaRole.Link, new() { Name = "Safety coverage across England" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(national);
        Assert.Equal("Safety coverage across England", await national.Locator("h1").InnerTextAsync());
        await national.GetByRole(AriaRole.Link, new() { Name = "QAA", Exact = true }).ClickAsync();
        Assert.EndsWith("/icbs/QAA", national.Url, StringComparison.Ordinal);

        var analyst = await hub.NewPageAsync();
        await WebHub.SignInAsync(analyst, Analyst);
        Assert.Equal((int)HttpStatusCode.NotFound, (await analyst.GotoAsync("/national"))!.Status);
    }

    [Fact]
    public async Task Another_ICB_s_coverage_is_not_found_exactly_as_an_ICB_that_does_not_exist()
    {
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, Analyst);

        var other = await page.GotoAsync("/icbs/QBB");
        var otherText = await page.Locator("main").InnerTextAsync();
        var csv = await page.Context.APIRequest.GetAsync("/icbs/QBB/coverage.csv");

        Assert.Equal((int)HttpStatusCode.NotFound, other!.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, (await page.GotoAsync("/icbs/NOT-AN-ICB"))!.Status);
        Assert.Equal(await page.Locator("main").InnerTextAsync(), otherText);
        Assert.Equal((int)HttpStatusCode.NotFound, csv.Status);
    }
}
