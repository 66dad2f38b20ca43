using GpSafetyHub.Tests.Support;
using System.Net;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>A CSO reading programmes and their hazard logs in the browser, and what others see of them.</summary>
public sealed class ProgrammePagesTests(WebHub hub) : IClassFixture<WebHub>
{
    [Fact]
    public async Task A_CSO_finds_their_programme_and_reads_its_hazard_log_with_ratings_in_words()
    {
        var id = await hub.PublishedProgrammeAsync("Hazard log page");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[0].Name);
        await page.GotoAsync("/programmes");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Hazard log page {id} (test)" }).ClickAsync();
        Assert.EndsWith($"/programmes/{id}", page.Url, StringComparison.Ordinal);
        Assert.Equal($"Hazard log page {id} (test)", await page.Locator("h1").InnerTextAsync());
        var row = page.Locator("tbody tr").First;
        var cells = await row.Locator("td").AllInnerTextsAsync();
        // Requests.Hazard(): a major harm of medium likelihood before its controls, very low after them (DCB0160: 3, then 2).
        Assert.Equal(["H-001 Note saved to the wrong patient", "Open", "3 – medium", "2 – low"], cells.Take(4).Select(c => c.Trim()));
        Assert.Contains("Version 1", await page.Locator(".nhsuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_CSO_sees_every_practice_s_localisation_of_their_programme_and_a_practice_does_not()
    {
        var id = await hub.JoinedProgrammeAsync("Practices listed");
        var cso = await hub.NewPageAsync();
        await WebHub.SignInAsync(cso, WebHub.People[0].Name);
        await cso.GotoAsync($"/programmes/{id}");
        var row = Assert.Single(await cso.Locator("table").Nth(1).Locator("tbody tr").AllInnerTextsAsync());
        Assert.Contains(WebHub.JoinedPractice, row, StringComparison.Ordinal);
        Assert.Contains("Joined", row, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(cso);

        var practice = await hub.NewPageAsync();
        await WebHub.SignInAsync(practice, WebHub.People[2].Name);
        await practice.GotoAsync($"/programmes/{id}");
        Assert.Equal($"Practices listed {id} (test)", await practice.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain("Practices' localisations", await practice.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CSO_downloads_a_published_version_s_hazard_log_as_a_spreadsheet_and_an_outsider_cannot()
    {
        var id = await hub.PublishedProgrammeAsync("Download me");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[0].Name);
        await page.GotoAsync($"/programmes/{id}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download version 1's hazard log (XLSX)" }).ClickAsync());

        Assert.Equal($"hazard-log-{id}-v1.xlsx", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Empty(Workbooks.ValidationErrors(bytes));
        var log = Workbooks.Sheets(bytes)["Hazard log"];
        Assert.Contains(log, r => r.Count > 2 && r[0] == "H-001" && r[1] == "Note saved to the wrong patient");
        Assert.Contains(["Signed off by", "Dr Ada Lovelace, Clinical Safety Officer (GMC 1234567)"], log);

        // A practice that never joined it: the same "not found" as a programme that does not exist.
        var outsider = await hub.NewPageAsync();
        await WebHub.SignInAsync(outsider, WebHub.People[1].Name);
        Assert.Equal((int)HttpStatusCode.NotFound, (await outsider.APIRequest.GetAsync($"/programmes/{id}/hazard-log.xlsx?version=1")).Status);
        Assert.Equal((int)HttpStatusCode.NotFound, (await outsider.APIRequest.GetAsync("/programmes/no-such-programme/hazard-log.xlsx?version=1")).Status);
    }

    [Fact]
    public async Task A_version_s_safety_case_report_opens_as_a_printable_page_and_downloads_as_DOCX()
    {
        var id = await hub.PublishedProgrammeAsync("Safety case");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[0].Name);
        await page.GotoAsync($"/programmes/{id}/versions");
        // The design system's hidden text reads "Safety case report, version 1" to a screen reader; the link is found by where it goes.
        var href = await page.Locator("td a[href$='/versions/1/safety-case-report']").GetAttributeAsync("href");
        var response = await page.GotoAsync(href!);

        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", await response.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.Equal("Clinical Safety Case Report", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Dr Ada Lovelace, Clinical Safety Officer (GMC 1234567)", await page.Locator("dl").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(8, await page.Locator("h2").CountAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/programmes/{id}/versions");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("td a[href$='/versions/1/safety-case-report.docx']").ClickAsync());
        Assert.Equal($"safety-case-report-{id}-v1.docx", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Empty(WordDocuments.ValidationErrors(bytes));
        Assert.Contains(("Heading1", "7. Clinical safety statement"), WordDocuments.Paragraphs(bytes));
        Assert.Contains(("", "Reviewed and fit for deployment."), WordDocuments.Paragraphs(bytes));
    }

    [Fact]
    public async Task A_programme_out_of_the_person_s_reach_is_not_found_exactly_as_one_that_does_not_exist()
    {
        var id = await hub.PublishedProgrammeAsync("Out of reach");
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, WebHub.People[1].Name);

        var hidden = await page.GotoAsync($"/programmes/{id}");
        var hiddenText = await page.Locator("main").InnerTextAsync();
        await Axe.AssertNoViolationsAsync(page);
        var missing = await page.GotoAsync("/programmes/no-such-programme");

        Assert.Equal((int)HttpStatusCode.NotFound, hidden!.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, missing!.Status);
        Assert.Equal(await page.Locator("main").InnerTextAsync(), hiddenText);
        Assert.Contains("Page not found", hiddenText, StringComparison.Ordinal);
        Assert.DoesNotContain("Out of reach", hiddenText, StringComparison.Ordinal);
    }
}
