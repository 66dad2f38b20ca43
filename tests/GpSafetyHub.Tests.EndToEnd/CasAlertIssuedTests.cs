using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// A CAS alert's "issued" notice goes out by itself within a minute of the alert being recorded
/// (the hub's own schedule, not the test, runs the job), once, in words people use and with a link.
/// </summary>
public sealed class CasAlertIssuedTests : IAsyncLifetime
{
    private const string PublicUrl = "https://safety-hub.example.nhs.uk/";

    private readonly AzuriteServer _azurite = new();
    private readonly MailDevServer _mailDev = new();
    private HubApp _app = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_azurite.StartAsync(), _mailDev.StartAsync());
        _app = new HubApp(_azurite.ConnectionString, _mailDev.SmtpPort, settings: new Dictionary<string, string>
        {
            // Every five seconds rather than every minute, so the test waits less; the job is the same.
            ["Reminders:AlertIssuedCron"] = "0/5 * * * * ?",
            ["Reminders:DispatchCron"] = "0/5 * * * * ?",
            ["Hub:PublicUrl"] = PublicUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await Task.WhenAll(_mailDev.StopAsync(), _azurite.StopAsync());
    }

    [Fact]
    public async Task Practices_are_emailed_when_an_alert_is_recorded_and_only_once()
    {
        var client = _app.Client();
        var programme = UniqueIds.Programme("issued");
        var today = Samples.Today;
        await client.CreateProgrammeAsync(programme, "cso.issued@nel.nhs.net", today.AddYears(1));
        await client.RegisterPracticeAsync("F10001", "QMF", "lead.f10001@nhs.net", "cas.f10001@nhs.net");
        await client.JoinAsync(programme, "F10001");
        await client.UntilCoverageShowsAsync("QMF", "F10001", programme);

        await client.Data("mutation($a: CasAlertInput!) { recordCasAlert(reference: \"NatPSA/2026/050/NHSPS\", alert: $a) { acknowledgeBy } }", new
        {
            a = new Dictionary<string, object?>
            {
                ["type"] = "NATIONAL_PATIENT_SAFETY_ALERT", ["originator"] = "MHRA", ["issuedOn"] = Iso(today),
                ["title"] = "Scribe notes filed to the wrong record", ["summary"] = "Notes can attach to the open record.",
                ["actionRequired"] = "Check the patient banner before filing.", ["programmeIds"] = new[] { programme }, ["csoEmail"] = "cso.issued@nel.nhs.net",
            },
        });

        var mail = await Eventually.Get(
            () => _mailDev.InboxOfAsync("cas.f10001@nhs.net"), inbox => inbox.Count > 0, timeoutSeconds: 60,
            what: "The alert's issued notice reaching the practice's CAS contact");
        var notice = Assert.Single(mail);
        Assert.Contains("CAS alert NATPSA/2026/050/NHSPS: Scribe notes filed to the wrong record", notice.Text, StringComparison.Ordinal);
        Assert.Contains("newly issued", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Type: National Patient Safety Alert", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NationalPatientSafetyAlert", notice.Text, StringComparison.Ordinal);
        Assert.Contains($"Acknowledge the alert by {today.AddDays(2):d MMM yyyy}", notice.Text, StringComparison.Ordinal);
        // The alert's page for the practice, where it acknowledges and answers (the reference is kept in the normal form).
        Assert.Contains($"Sign in to GP Safety Hub at {PublicUrl}practices/F10001/alerts/NATPSA/2026/050/NHSPS", notice.Text, StringComparison.Ordinal);
        Assert.Contains($"{PublicUrl}practices/F10001/alerts/NATPSA/2026/050/NHSPS", notice.Html, StringComparison.Ordinal);

        // Three more runs of each job: nothing more is sent.
        await Task.Delay(TimeSpan.FromSeconds(16));
        Assert.Single(await _mailDev.InboxOfAsync("cas.f10001@nhs.net"));
        Assert.Empty(await _mailDev.InboxOfAsync("lead.f10001@nhs.net"));

        var log = await client.Data("query($d: DateOnly!) { reminderLog(from: $d, to: $d, odsCode: \"F10001\") { kind stage sentAt } }", new { d = Iso(today) });
        var entry = Assert.Single(log["reminderLog"]!.AsArray());
        Assert.Equal(("CAS_ALERT_ISSUED", "issued"), ((string?)entry!["kind"], (string?)entry["stage"]));
        Assert.NotNull((string?)entry["sentAt"]);
    }
}
