using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// Review reminders end to end: data entered over GraphQL, the scan job's work run on a clock the
/// test moves, and the e-mail read back from a real MailDev.
/// </summary>
[Collection(MailHubCollection.Name)]
public sealed class ReminderEmailTests(MailHubFixture hub)
{
    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task Each_recipient_gets_one_digest_listing_everything_due_and_a_second_run_sends_nothing()
    {
        var programme = UniqueIds.Programme("digest");
        await _client.CreateProgrammeAsync(programme, "cso.digest@nel.nhs.net", hub.Today.AddDays(6));
        await _client.RegisterPracticeAsync("D10001", "QMF", "lead.d10001@nhs.net", "cas.d10001@nhs.net", "manager.d10001@nhs.net");
        await _client.JoinAsync(programme, "D10001");
        await _client.RecordSopDueAsync(programme, "D10001", hub.Today.AddDays(5));
        await _client.UntilCoverageShowsAsync("QMF", "D10001", programme, "APPROVED");

        await hub.RunScanAsync();

        var lead = Assert.Single(await hub.MailDev.InboxOfAsync("lead.d10001@nhs.net"));
        Assert.Equal("GP Safety Hub: 1 item needs your attention", lead.Subject);
        Assert.Contains($"SOP review for AI scribe — North East London (Practice D10001, D10001)", lead.Text, StringComparison.Ordinal);
        Assert.Contains("due within 7 days", lead.Text, StringComparison.Ordinal);
        Assert.Contains("Review the standard operating procedure", lead.Text, StringComparison.Ordinal);
        Assert.Contains("Practice D10001 (D10001)", lead.Html, StringComparison.Ordinal);
        Assert.Single(await hub.MailDev.InboxOfAsync("manager.d10001@nhs.net"));
        var cso = Assert.Single(await hub.MailDev.InboxOfAsync("cso.digest@nel.nhs.net"));
        Assert.Contains("Review of the AI scribe — North East London hazard log", cso.Text, StringComparison.Ordinal);
        Assert.Empty(await hub.MailDev.InboxOfAsync("cas.d10001@nhs.net"));

        var again = await hub.RunScanAsync();
        Assert.Equal(0, again.Dispatched.Sent);
        Assert.Single(await hub.MailDev.InboxOfAsync("lead.d10001@nhs.net"));
        Assert.Single(await hub.MailDev.InboxOfAsync("cso.digest@nel.nhs.net"));

        var log = await _client.Data("""
            query($from: DateOnly!, $to: DateOnly!) { reminderLog(from: $from, to: $to, odsCode: "D10001") { recipient kind stage dueDate sentAt attempts idempotencyKey } }
            """, new { from = Iso(hub.Today), to = Iso(hub.Today) });
        var entries = log["reminderLog"]!.AsArray();
        Assert.Equal(["lead.d10001@nhs.net", "manager.d10001@nhs.net"], entries.Select(e => (string)e!["recipient"]!).Order());
        Assert.All(entries, e =>
        {
            Assert.Equal("SOP_REVIEW", (string)e!["kind"]!);
            Assert.Equal("due-in-7-days", (string)e["stage"]!);
            Assert.NotNull((string?)e["sentAt"]);
            Assert.Equal(1, (int)e["attempts"]!);
        });

        var tooWide = (await _client.Send("query($from: DateOnly!, $to: DateOnly!) { reminderLog(from: $from, to: $to) { recipient } }",
            new { from = Iso(hub.Today.AddDays(-7)), to = Iso(hub.Today) })).Error("VALIDATION");
        Assert.Equal("to", (string?)tooWide["extensions"]!["field"]);
    }

    [Fact]
    public async Task The_next_stage_is_a_new_reminder_and_the_same_stage_never_repeats()
    {
        var programme = UniqueIds.Programme("stages");
        await _client.CreateProgrammeAsync(programme, "cso.stages@nel.nhs.net", hub.Today.AddYears(1));
        await _client.RegisterPracticeAsync("D10002", "QMF", "lead.d10002@nhs.net", "cas.d10002@nhs.net");
        await _client.JoinAsync(programme, "D10002");
        var due = hub.Today.AddDays(9);
        await _client.RecordSopDueAsync(programme, "D10002", due);
        await _client.UntilCoverageShowsAsync("QMF", "D10002", programme, "APPROVED");

        await hub.RunScanAsync();                  // due-in-30-days
        await hub.RunScanAsync();
        hub.Clock.Advance(TimeSpan.FromDays(1));
        await hub.RunScanAsync();                  // still due-in-30-days: nothing new
        hub.Clock.Advance(TimeSpan.FromDays(1));
        await hub.RunScanAsync();                  // day 7 before: due-in-7-days

        var mails = await hub.MailDev.InboxOfAsync("lead.d10002@nhs.net");
        Assert.Equal(2, mails.Count);
        Assert.Contains("due within 30 days", mails[0].Text, StringComparison.Ordinal);
        Assert.Contains("due within 7 days", mails[1].Text, StringComparison.Ordinal);
    }
}
