using GpSafetyHub.Tests.Support;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>The README's walk-through on the demo estate, click by click: no query, no token.</summary>
public sealed class NewcomerJourneyTests(DemoWebHub hub) : IClassFixture<DemoWebHub>
{
    [Fact]
    public async Task A_demo_practice_manager_localises_the_AI_scribe_to_sign_off_and_the_ICB_then_counts_the_practice()
    {
        var page = await hub.NewPageAsync();
        await WebHub.SignInAsync(page, "Sam Patel");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your practice (Z90000)", Exact = false }).ClickAsync();
        Assert.Equal("Riverside Medical Centre (demo)", await page.Locator("h1").InnerTextAsync());

        // Join under the MoU.
        await page.GetByRole(AriaRole.Link, new() { Name = "Join a programme" }).ClickAsync();
        await page.GetByLabel("Programme code").FillAsync("ai-scribe-london");
        await page.GetByLabel("MoU reference").FillAsync("MOU-2026-Z90000");
        await page.GetByLabel("Who signed it for the practice").FillAsync("Sam Patel");
        await page.GetByLabel("Their role").FillAsync("Practice manager");
        await page.FillDateAsync("signed", Samples.Today);
        await page.FillDateAsync("expires", Samples.Today.AddYears(3));
        await page.GetByRole(AriaRole.Button, new() { Name = "Join programme" }).ClickAsync();
        Assert.Contains("Your practice has joined the programme", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The SOP.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record your SOP" }).ClickAsync();
        await page.GetByLabel("The SOP's text").FillAsync("Tell the patient the scribe is in use; review every note before filing it.");
        await page.GetByLabel("Version").FillAsync("1.0");
        await page.GetByLabel("Approved by").FillAsync("Dr Riverside Lead");
        await page.FillDateAsync("approved", Samples.Today);
        await page.FillDateAsync("review", Samples.Today.AddYears(1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save SOP" }).ClickAsync();

        // Each of the programme's five hazards: the first applies with a low residual risk, the rest do not.
        var hazards = await page.Locator("#hazards + table tbody tr a").AllInnerTextsAsync();
        Assert.Equal(5, hazards.Count);
        for (var i = 0; i < hazards.Count; i++)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = hazards[i] }).ClickAsync();
            if (i == 0)
            {
                await page.GetByLabel("Yes, it applies here").CheckAsync();
                await page.GetByLabel("How severe the harm would be").SelectOptionAsync("Major");
                await page.GetByLabel("How likely it is, with your practice's controls").SelectOptionAsync("VeryLow");
            }
            else
            {
                await page.GetByLabel("No, it does not apply here").CheckAsync();
                await page.GetByLabel("Why (required if it does not apply)").FillAsync("We do not use this feature.");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign off" }).ClickAsync();
        await page.GetByLabel("Your name").FillAsync("Dr Riverside Lead");
        await page.GetByLabel("Your role").FillAsync("Clinical safety lead");
        await page.GetByLabel("Your statement").FillAsync("Localised for Riverside and reviewed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Your sign-off has been recorded.", main, StringComparison.Ordinal);
        Assert.Contains("Signed off Nothing to do until the next review.", main, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // The ICB now counts the practice as signed off for the AI scribe (its coverage catches up within moments).
        var icb = await hub.NewPageAsync();
        await WebHub.SignInAsync(icb, "Alex Jones");
        await icb.GetByRole(AriaRole.Link, new() { Name = "Safety coverage across your ICB (QMF)" }).ClickAsync();
        var row = await Eventually.Get(
            async () =>
            {
                await icb.GotoAsync("/icbs/QMF?status=SignedOff");
                return await icb.Locator("tbody tr", new() { HasText = "Z90000" }).AllInnerTextsAsync();
            },
            rows => rows.Any(r => r.Contains("AI scribe", StringComparison.Ordinal)),
            what: "Riverside's AI scribe sign-off reaching the ICB's page");
        Assert.Contains("Signed off", row.Single(r => r.Contains("AI scribe", StringComparison.Ordinal)), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(icb);

        // The practice's localisation, read-only: what it decided, and no form.
        await icb.Locator("tbody tr", new() { HasText = "Z90000" }).GetByRole(AriaRole.Link, new() { Name = "AI scribe", Exact = false }).ClickAsync();
        var localisation = await icb.Locator("main").InnerTextAsync();
        Assert.Contains("Signed off", localisation, StringComparison.Ordinal);
        Assert.Contains("Does not apply", localisation, StringComparison.Ordinal);
        Assert.Equal(0, await icb.Locator("main form").CountAsync());
        Assert.Equal(0, await icb.GetByRole(AriaRole.Link, new() { Name = "Sign off" }).CountAsync());
    }
}
