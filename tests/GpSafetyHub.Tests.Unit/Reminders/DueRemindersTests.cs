using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Tests.Unit.Reminders;

public class DueRemindersTests
{
    private static readonly IReminderWording Wording = new GpSafetyHub.Jobs.ReminderWording();
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_SOP_review_within_seven_days_reminds_the_safety_lead_and_the_manager()
    {
        var scan = Find(Practice("A81001", Localisation("A81001", sopReview: Today.AddDays(5))));

        var items = scan.Items.Where(i => i.Kind == ReminderKind.SopReview).ToArray();
        Assert.Equal(["manager@riverside.nhs.net", "safety.lead@riverside.nhs.net"], items.Select(i => i.Recipient).Order());
        Assert.All(items, i =>
        {
            Assert.Equal("due-in-7-days", i.Stage);
            Assert.Equal(Today.AddDays(5), i.DueDate);
            Assert.Equal("A81001", i.OdsCode);
            Assert.Equal("ai-scribe", i.ProgrammeId);
            Assert.Equal(ReminderItem.KeyOf(i.Recipient, ReminderKind.SopReview, "ai-scribe/A81001", i.DueDate, "due-in-7-days"), i.Key);
        });
    }

    [Fact]
    public void MoU_expiry_and_localisation_review_fall_due_in_their_own_stages()
    {
        var scan = Find(Practice("A81001", Localisation("A81001", mouExpires: Today.AddDays(20), localisationReview: Today.AddDays(-3))));

        Assert.Equal("due-in-30-days", scan.Items.First(i => i.Kind == ReminderKind.MouExpiry).Stage);
        Assert.Equal("overdue-1", scan.Items.First(i => i.Kind == ReminderKind.LocalisationReview).Stage);
    }

    [Fact]
    public void Nothing_is_due_for_a_programme_the_practice_left()
    {
        var scan = Find(Practice("A81001", Localisation("A81001", sopReview: Today, leftOn: Today.AddDays(-1))));
        Assert.DoesNotContain(scan.Items, i => i.Kind == ReminderKind.SopReview);
    }

    [Fact]
    public void A_practice_with_no_one_to_write_to_is_reported_unreachable()
    {
        var practice = Practice("A81001", Localisation("A81001", sopReview: Today), contacts: PracticeContacts.None);
        var scan = Find(practice);

        Assert.Empty(scan.Items);
        Assert.Contains(scan.Unreachable, u => u.Kind == ReminderKind.SopReview && u.About == "ai-scribe/A81001");
        Assert.Contains(scan.Unreachable, u => u.Kind == ReminderKind.CasContactMissing && u.About == "A81001");
    }

    [Fact]
    public void Programme_and_hazard_reviews_go_to_the_CSO_or_are_reported_without_one()
    {
        var programme = new ProgrammeDates("ai-scribe", "AI scribe", "cso@nel.nhs.net", Today.AddDays(-10), [new HazardDate("H-002", "Wrong patient", Today.AddDays(30))]);
        var scan = DueReminders.Find(new ReminderSources([programme], [], []), ReminderSettings.Default, Today, Wording);
        Assert.Contains(scan.Items, i => i is { Kind: ReminderKind.ProgrammeReview, Stage: "overdue-2", Recipient: "cso@nel.nhs.net" });
        Assert.Contains(scan.Items, i => i is { Kind: ReminderKind.HazardReview, Stage: "due-in-30-days" } && i.Subject.Contains("H-002", StringComparison.Ordinal));

        var without = DueReminders.Find(new ReminderSources([programme with { CsoEmail = null }], [], []), ReminderSettings.Default, Today, Wording);
        Assert.Empty(without.Items);
        Assert.Equal(2, without.Unreachable.Count);
    }

    [Fact]
    public void A_new_alert_goes_to_the_CAS_contact_of_each_practice_it_concerns()
    {
        var concerned = Practice("A81001", Localisation("A81001"));
        var elsewhere = Practice("B82002", [], icb: "QKK");
        var scan = Find([concerned, elsewhere], Alert(ackBy: Today.AddDays(5)));

        var issued = Assert.Single(scan.Items, i => i.Kind == ReminderKind.CasAlertIssued);
        Assert.Equal(("cas@riverside.nhs.net", "A81001", "issued"), (issued.Recipient, issued.OdsCode, issued.Stage));
        Assert.Contains(issued.Lines, l => l.Contains("Check the banner", StringComparison.Ordinal));
    }

    [Fact]
    public void With_the_two_day_default_the_issued_notice_goes_on_the_day_and_is_not_followed_by_a_chase_of_the_same_ask()
    {
        var practice = Practice("A81001", Localisation("A81001"));
        var alert = Alert(ackBy: Today.AddDays(2));

        var onTheDay = Find([practice], alert);
        Assert.Equal([(ReminderKind.CasAlertIssued, "issued")], onTheDay.Items.Where(i => i.AlertReference is not null).Select(i => (i.Kind, i.Stage)));
        var issuedOnly = DueReminders.FindIssued(Sources([practice], alert), ReminderSettings.Default, Today, Wording);
        Assert.Equal([onTheDay.Items.Single(i => i.Kind == ReminderKind.CasAlertIssued).Key], issuedOnly.Items.Select(i => i.Key));
        Assert.Contains(issuedOnly.Items[0].Lines, l => l == "Type: National Patient Safety Alert");

        var nextDay = DueReminders.Find(Sources([practice], alert), ReminderSettings.Default, Today.AddDays(1), Wording);
        Assert.DoesNotContain(nextDay.Items, i => i.AlertReference is not null);
        var overdue = DueReminders.Find(Sources([practice], alert), ReminderSettings.Default, Today.AddDays(3), Wording);
        Assert.Contains(overdue.Items, i => i is { Kind: ReminderKind.CasAlertAcknowledge, Stage: "overdue-1" });
        Assert.Empty(DueReminders.FindIssued(Sources([practice], alert), ReminderSettings.Default, Today.AddDays(1), Wording).Items);
    }

    [Fact]
    public void After_the_deadlines_the_practice_is_chased_and_the_CSO_gets_the_ICB_summary()
    {
        var practice = Practice("A81001", Localisation("A81001"));
        var alert = Alert(ackBy: Today.AddDays(-2), actionBy: Today.AddDays(10));

        var scan = Find([practice], alert);

        Assert.Contains(scan.Items, i => i is { Kind: ReminderKind.CasAlertAcknowledge, Stage: "overdue-1", Recipient: "cas@riverside.nhs.net" });
        var summary = Assert.Single(scan.Items, i => i.Kind == ReminderKind.CasAlertIcbSummary);
        Assert.Equal(("cso@nel.nhs.net", "QHM"), (summary.Recipient, summary.IcbCode));
        Assert.Contains(summary.Lines, l => l.StartsWith("A81001", StringComparison.Ordinal) && l.Contains("not acknowledged", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answered_alert_chases_no_one()
    {
        var practice = Practice("A81001", Localisation("A81001"));
        var record = CasPracticeResponse.None("A81001").Acknowledge(RecordedAt, Samples.Cso)!
            .Respond(CasResponseOutcome.ActionComplete, "Banner checks added to the SOP.", RecordedAt, Samples.Cso);
        var scan = Find([practice], Alert(ackBy: Today.AddDays(-20), actionBy: Today.AddDays(-10)), new Dictionary<string, CasPracticeResponse> { ["A81001"] = record });

        Assert.DoesNotContain(scan.Items, i => i.AlertReference is not null);
    }

    [Fact]
    public void A_practice_with_no_CAS_contact_gets_alerts_through_its_safety_lead_and_a_weekly_nudge()
    {
        var contacts = new PracticeContacts("Dr Grace Hopper", "lead@x.nhs.net", null, null, null);
        var scan = Find([Practice("A81001", Localisation("A81001"), contacts: contacts)], Alert(ackBy: Today.AddDays(5)));

        Assert.Contains(scan.Items, i => i is { Kind: ReminderKind.CasAlertIssued, Recipient: "lead@x.nhs.net" });
        var nudge = Assert.Single(scan.Items, i => i.Kind == ReminderKind.CasContactMissing);
        var nextWeek = DueReminders.Find(new ReminderSources([], [Practice("A81001", Localisation("A81001"), contacts: contacts)], []), ReminderSettings.Default, Today.AddDays(7), Wording);
        Assert.NotEqual(nudge.Key, Assert.Single(nextWeek.Items).Key);
    }

    [Fact]
    public void The_same_stage_gives_the_same_key_on_every_day_of_its_window()
    {
        var practice = Practice("A81001", Localisation("A81001", sopReview: Today.AddDays(20)));
        var keys = Enumerable.Range(0, 30).Select(d => DueReminders.Find(new ReminderSources([], [practice], []), ReminderSettings.Default, Today.AddDays(d), Wording)
                .Items.Where(i => i.Kind == ReminderKind.SopReview && i.Recipient.StartsWith("safety", StringComparison.Ordinal)).Select(i => i.Key).Single())
            .Distinct().ToArray();

        // due-in-30-days, due-in-7-days, overdue-1, overdue-2 over thirty days from 20 days before.
        Assert.Equal(4, keys.Length);
    }

    private static ReminderScan Find(PracticeCoverage practice) => Find([practice], null);

    private static ReminderScan Find(IReadOnlyList<PracticeCoverage> practices, CasAlertView? alert, IReadOnlyDictionary<string, CasPracticeResponse>? records = null) =>
        DueReminders.Find(Sources(practices, alert, records), ReminderSettings.Default, Today, Wording);

    private static ReminderSources Sources(IReadOnlyList<PracticeCoverage> practices, CasAlertView? alert, IReadOnlyDictionary<string, CasPracticeResponse>? records = null) =>
        new(
            [new ProgrammeDates("ai-scribe", "AI scribe", "cso@nel.nhs.net", Today.AddYears(1), [])],
            practices,
            alert is null ? [] : [new AlertStanding(alert, records ?? new Dictionary<string, CasPracticeResponse>())]);

    private static CasAlertView Alert(DateOnly ackBy, DateOnly? actionBy = null) => new(
        "NATPSA/2026/004/NHSPS",
        new CasAlertDetails(CasAlertType.NationalPatientSafetyAlert, "MHRA", Today, "Scribe notes filed to the wrong record", "Notes attached to the open record.",
            "Check the banner before filing.", ackBy, actionBy ?? ackBy.AddDays(20), ["ai-scribe"], [], "cso@nel.nhs.net"),
        RecordedAt, Samples.Cso, null, 1);

    private static PracticeCoverage Practice(string ods, IReadOnlyList<LocalisationSummary> localisations, PracticeContacts? contacts = null, string icb = "QHM") =>
        PracticeCoverage.Of(
            new PracticeView(ods, Samples.Practice(icb: icb) with { Contacts = contacts ?? Samples.Practice().Contacts }, RecordedAt.AddYears(-1), 1),
            localisations);

    private static IReadOnlyList<LocalisationSummary> Localisation(
        string ods, DateOnly? sopReview = null, DateOnly? mouExpires = null, DateOnly? localisationReview = null, DateOnly? leftOn = null) =>
    [
        new("ai-scribe", ods, 3, mouExpires ?? Today.AddYears(2), leftOn, sopReview is not null, sopReview, 1, null, false, true, 5, 0, 2)
        {
            SopRecorded = sopReview is not null,
            LocalisationReviewDate = localisationReview,
        },
    ];
}
