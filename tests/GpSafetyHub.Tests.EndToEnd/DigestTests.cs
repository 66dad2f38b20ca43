using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// What a recipient's mailbox holds: one digest per run however many things are due, from the
/// hub's sender; an alert to a whole ICB; and the chase before the action deadline.
/// </summary>
[Collection(MailHubCollection.Name)]
public sealed class DigestTests(MailHubFixture hub)
{
    private const string Record = "mutation($r: ID!, $a: CasAlertInput!) { recordCasAlert(reference: $r, alert: $a) { reference } }";

    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task One_recipient_with_several_things_due_gets_exactly_one_message_from_the_hub_listing_them_all()
    {
        // The safety lead is also the CAS contact: the SOP review and the ICB-wide alert reach the same mailbox.
        const string Person = "lead.g10001@nhs.net";
        var programme = UniqueIds.Programme("digests");
        await _client.CreateProgrammeAsync(programme, "cso.digests@nel.nhs.net", hub.Today.AddYears(1));
        await _client.RegisterPracticeAsync("G10001", "QGG", Person, Person);
        await _client.RegisterPracticeAsync("G10002", "QGG", "lead.g10002@nhs.net", "cas.g10002@nhs.net");
        await _client.JoinAsync(programme, "G10001");
        await _client.RecordSopDueAsync(programme, "G10001", hub.Today.AddDays(5));
        await _client.UntilCoverageShowsAsync("QGG", "G10001", programme, "APPROVED");
        await Eventually.Get(
            async () => (await _client.Data("{ practices(icb: \"QGG\") { odsCode } }"))["practices"]!.AsArray().Count,
            count => count == 2, what: "Both practices in ICB QGG's estate");
        var reference = $"DSI/2026/{Random.Shared.Next(100, 999)}";
        await _client.Data(Record, new
        {
            r = reference,
            a = new Dictionary<string, object?>
            {
                ["type"] = "DEVICE_SAFETY_INFORMATION", ["originator"] = "MHRA", ["issuedOn"] = Iso(hub.Today), ["title"] = "Pulse oximeters under-read",
                ["summary"] = "Some models under-read on darker skin.", ["actionRequired"] = "Check which models you use.",
                ["acknowledgeBy"] = Iso(hub.Today.AddDays(5)), ["actionCompleteBy"] = Iso(hub.Today.AddDays(10)),
                ["icbCodes"] = new[] { "QGG" }, ["csoEmail"] = "cso.digests@nel.nhs.net",
            },
        });

        await hub.RunScanAsync();

        var all = await hub.MailDev.InboxAsync();
        var mine = all.Where(m => m.To.Any(t => t.Address == Person)).ToArray();
        var digest = Assert.Single(mine);
        Assert.Equal([Person], digest.To.Select(t => t.Address));
        Assert.Equal(("reminders@gp-safety-hub.local", "GP Safety Hub"), (digest.From.Single().Address, digest.From.Single().Name));
        Assert.Equal("GP Safety Hub: 2 items need your attention", digest.Subject);
        Assert.Contains("1. ", digest.Text, StringComparison.Ordinal);
        Assert.Contains("2. ", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"SOP review for AI scribe — North East London (Practice G10001, G10001)", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"CAS alert {reference}: Pulse oximeters under-read", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Type: Device safety information", digest.Text, StringComparison.Ordinal);

        // The alert went to the whole ICB: the practice that joined nothing hears of it too.
        var other = Assert.Single(all, m => m.To.Any(t => t.Address == "cas.g10002@nhs.net"));
        Assert.Contains($"CAS alert {reference}", other.Text, StringComparison.Ordinal);

        // Acknowledged but no action recorded: two days before the action deadline, a chase for the action.
        await _client.AsPractice("G10001").Data("mutation($r: ID!) { acknowledgeCasAlert(reference: $r, odsCode: \"G10001\") { status } }", new { r = reference });
        hub.Clock.Advance(TimeSpan.FromDays(8));
        await hub.RunScanAsync();
        var chase = Assert.Single(await hub.MailDev.InboxOfAsync(Person), m => m.Text.Contains("Record the action taken", StringComparison.Ordinal));
        Assert.Contains($"by {hub.Today.AddDays(2):d MMM yyyy}", chase.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Acknowledge the alert by", chase.Text, StringComparison.Ordinal);
    }
}
