using GpSafetyHub.Jobs;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Tests.Unit.Jobs;

public sealed class ReminderLinksTests
{
    private static readonly Uri Hub = new("https://safety.example.nhs.uk/hub");

    private static ReminderItem Item(ReminderKind kind) => new(
        "key", "lead@x.nhs.net", kind, "overdue-2", new DateOnly(2026, 11, 10), "Subject", "Action.", "ai-scribe", "AI scribe", "A81001", "Riverside", null, "QHM", []);

    [Theory]
    [InlineData(ReminderKind.SopReview)]
    [InlineData(ReminderKind.LocalisationReview)]
    public void A_practice_s_SOP_and_localisation_reviews_link_to_its_localisation_page(ReminderKind kind) =>
        Assert.Equal("https://safety.example.nhs.uk/hub/practices/A81001/programmes/ai-scribe", ReminderLinks.For(Item(kind), Hub).AbsoluteUri);

    [Theory]
    [InlineData(ReminderKind.CasAlertIssued)]
    [InlineData(ReminderKind.CasAlertAcknowledge)]
    [InlineData(ReminderKind.CasAlertAction)]
    public void A_practice_s_alert_notices_link_to_the_alert_s_page(ReminderKind kind) =>
        Assert.Equal("https://safety.example.nhs.uk/hub/practices/A81001/alerts/NATPSA/2026/001/NHSPS",
            ReminderLinks.For(Item(kind) with { AlertReference = "NATPSA/2026/001/NHSPS" }, Hub).AbsoluteUri);

    [Theory]
    [InlineData(ReminderKind.MouExpiry)]
    [InlineData(ReminderKind.CasAlertIcbSummary)]
    [InlineData(ReminderKind.ProgrammeReview)]
    public void What_has_no_page_yet_links_to_the_API_explorer(ReminderKind kind) =>
        Assert.Equal("https://safety.example.nhs.uk/hub/graphql", ReminderLinks.For(Item(kind), Hub).AbsoluteUri);
}
