using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>CAS alerts over GraphQL: recording, practices' answers, status, ICB coverage and the chasing e-mail.</summary>
[Collection(MailHubCollection.Name)]
public sealed class CasAlertApiTests(MailHubFixture hub)
{
    private const string Record = """
        mutation($r: ID!, $a: CasAlertInput!) { recordCasAlert(reference: $r, alert: $a) { reference version acknowledgeBy actionCompleteBy programmeIds recordedBy { name } } }
        """;

    private const string Status = """
        query($r: ID!) { casAlert(reference: $r) {
          status { affected unacknowledged acknowledged actionComplete actionNotRequired acknowledgeOverdue actionOverdue }
          practices { odsCode status outstanding acknowledgeOverdue acknowledged { by { name } } responses { outcome details by { name } } } } }
        """;

    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task An_alert_reaches_the_practices_it_concerns_and_chases_until_each_answers()
    {
        var programme = UniqueIds.Programme("alert");
        await _client.CreateProgrammeAsync(programme, "cso.alert@nel.nhs.net", hub.Today.AddYears(1));
        await _client.RegisterPracticeAsync("E10001", "QMF", "lead.e10001@nhs.net", "cas.e10001@nhs.net");
        await _client.RegisterPracticeAsync("E10002", "QMF", "lead.e10002@nhs.net", casContactEmail: null);
        await _client.RegisterPracticeAsync("E10003", "QMF", "lead.e10003@nhs.net", "cas.e10003@nhs.net");
        foreach (var ods in new[] { "E10001", "E10002" })
        {
            await _client.JoinAsync(programme, ods);
            await _client.UntilCoverageShowsAsync("QMF", ods, programme);
        }

        var reference = $"NatPSA/2026/{Random.Shared.Next(100, 999)}/NHSPS";
        var recorded = (await _client.Data(Record, new { r = reference, a = Alert(programme) }))["recordCasAlert"]!;
        Assert.Equal(reference.ToUpperInvariant(), (string?)recorded["reference"]);
        Assert.Equal(Iso(hub.Today.AddDays(2)), (string?)recorded["acknowledgeBy"]);
        Assert.Equal(Iso(hub.Today.AddDays(28)), (string?)recorded["actionCompleteBy"]);

        // Issued: the CAS contact hears, or the safety lead where there is none (with a nudge to register one).
        await hub.RunScanAsync();
        var issued = Assert.Single(await hub.MailDev.InboxOfAsync("cas.e10001@nhs.net"));
        Assert.Contains($"CAS alert {reference.ToUpperInvariant()}: Scribe notes filed to the wrong record", issued.Text, StringComparison.Ordinal);
        Assert.Contains("Check the patient banner before filing.", issued.Text, StringComparison.Ordinal);
        var fallback = Assert.Single(await hub.MailDev.InboxOfAsync("lead.e10002@nhs.net"));
        Assert.Contains("No CAS contact is registered", fallback.Text, StringComparison.Ordinal);
        Assert.Empty(await hub.MailDev.InboxOfAsync("cas.e10003@nhs.net"));

        var coverage = await IcbAlertsAsync("QMF");
        var mine = Assert.Single(coverage["casAlerts"]!.AsArray(), a => (string?)a!["alert"]!["reference"] == reference.ToUpperInvariant())!;
        Assert.Equal(2, (int)mine["totals"]!["unacknowledged"]!);
        Assert.Contains(coverage["practicesWithoutCasContact"]!.AsArray(), p => (string?)p!["odsCode"] == "E10002");

        // E10001 answers; E10002 does not.
        await _client.AsPractice("E10001").Data("mutation($r: ID!) { acknowledgeCasAlert(reference: $r, odsCode: \"E10001\") { status } }", new { r = reference });
        var answered = (await _client.AsPractice("E10001").Data("""
            mutation($r: ID!) { respondToCasAlert(reference: $r, odsCode: "E10001", response: { outcome: ACTION_COMPLETE, details: "Banner check added to the SOP." }) { status outstanding responses { outcome by { name } } } }
            """, new { r = reference }))["respondToCasAlert"]!;
        Assert.Equal("ACTION_COMPLETE", (string?)answered["status"]);
        Assert.False((bool)answered["outstanding"]!);

        // Past the acknowledgement deadline: E10002 is chased and the CSO hears which practices of the ICB are outstanding.
        hub.Clock.Advance(TimeSpan.FromDays(3));
        await hub.RunScanAsync();
        Assert.Single(await hub.MailDev.InboxOfAsync("cas.e10001@nhs.net"));
        var chaser = (await hub.MailDev.InboxOfAsync("lead.e10002@nhs.net")).Last();
        Assert.Contains("Acknowledge the alert by", chaser.Text, StringComparison.Ordinal);
        Assert.Contains("overdue", chaser.Text, StringComparison.Ordinal);
        var summary = Assert.Single(await hub.MailDev.InboxOfAsync("cso.alert@nel.nhs.net"), m => m.Text.Contains("ICB QMF", StringComparison.Ordinal));
        Assert.Contains("E10002 Practice E10002: not acknowledged", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("E10001", summary.Text, StringComparison.Ordinal);

        var status = (await _client.Data(Status, new { r = reference }))["casAlert"]!;
        Assert.Equal(2, (int)status["status"]!["affected"]!);
        Assert.Equal(1, (int)status["status"]!["actionComplete"]!);
        Assert.Equal(1, (int)status["status"]!["acknowledgeOverdue"]!);
        var practices = status["practices"]!.AsArray();
        Assert.Equal(["E10001", "E10002"], practices.Select(p => (string)p!["odsCode"]!));
        Assert.Equal("Dr Grace Hopper", (string?)practices[0]!["responses"]![0]!["by"]!["name"]);

        var open = await _client.Data("query { a: practice(odsCode: \"E10001\") { openCasAlerts { alertReference } } b: practice(odsCode: \"E10002\") { openCasAlerts { alertReference acknowledgeOverdue } } }");
        Assert.Empty(open["a"]!["openCasAlerts"]!.AsArray());
        Assert.True((bool)open["b"]!["openCasAlerts"]!.AsArray().Single(a => (string?)a!["alertReference"] == reference.ToUpperInvariant())!["acknowledgeOverdue"]!);
    }

    [Fact]
    public async Task Bad_alerts_and_answers_are_refused_naming_the_field_and_change_nothing()
    {
        var programme = UniqueIds.Programme("alertbad");
        await _client.CreateProgrammeAsync(programme, "cso.bad@nel.nhs.net", hub.Today.AddYears(1));
        await _client.RegisterPracticeAsync("E20001", "QRV", "lead.e20001@nhs.net", "cas.e20001@nhs.net");
        var reference = $"DSI/2026/{Random.Shared.Next(100, 999)}";

        var bad = Alert(programme);
        bad["programmeIds"] = new[] { "no-such-programme" };
        bad["acknowledgeBy"] = Iso(hub.Today.AddDays(10));
        bad["actionCompleteBy"] = Iso(hub.Today.AddDays(5));
        var refused = (await _client.Send(Record, new { r = reference, a = bad })).Error("VALIDATION");
        var fields = refused["extensions"]!["violations"]!.AsArray().Select(v => (string)v!["field"]!).ToArray();
        Assert.Contains("alert.actionCompleteBy", fields);
        (await _client.Send("query($r: ID!) { casAlert(reference: $r) { reference } }", new { r = reference })).Error("NOT_FOUND");

        var unknownProgramme = Alert(programme);
        unknownProgramme["programmeIds"] = new[] { "no-such-programme" };
        var error = (await _client.Send(Record, new { r = reference, a = unknownProgramme })).Error("VALIDATION");
        Assert.Equal("alert.programmeIds", (string?)error["extensions"]!["field"]);

        await _client.Data(Record, new { r = reference, a = Alert(programme) });
        (await _client.Send(Record, new { r = reference, a = Alert(programme) })).Error("CONFLICT");

        // E20001 has not joined the programme: the alert does not concern it, and to it the alert reads exactly as one never recorded.
        const string Acknowledge = "mutation($r: ID!) { acknowledgeCasAlert(reference: $r, odsCode: \"E20001\") { status } }";
        var notConcerned = await _client.AsPractice("E20001").Send(Acknowledge, new { r = reference });
        var missing = await _client.AsPractice("E20001").Send(Acknowledge, new { r = "DSI/2026/NONE" });
        notConcerned.Error("NOT_FOUND");
        Assert.Equal(missing.Body.Replace("DSI/2026/NONE", reference, StringComparison.Ordinal), notConcerned.Body);
        var respond = "mutation($r: ID!) { respondToCasAlert(reference: $r, odsCode: \"E20001\", response: { outcome: ACTION_COMPLETE, details: \"Done.\" }) { status } }";
        Assert.Equal(
            (await _client.AsPractice("E20001").Send(respond, new { r = "DSI/2026/NONE" })).Body.Replace("DSI/2026/NONE", reference, StringComparison.Ordinal),
            (await _client.AsPractice("E20001").Send(respond, new { r = reference })).Body);

        await _client.JoinAsync(programme, "E20001");
        var early = (await _client.AsPractice("E20001").Send("""
            mutation($r: ID!) { respondToCasAlert(reference: $r, odsCode: "E20001", response: { outcome: ACTION_NOT_REQUIRED, details: "Not used here." }) { status } }
            """, new { r = reference })).Error("VALIDATION");
        Assert.Equal("reference", (string?)early["extensions"]!["field"]);

        var stale = Alert(programme);
        stale["title"] = "Amended title";
        (await _client.Send("mutation($r: ID!, $a: CasAlertInput!) { amendCasAlert(reference: $r, expectedVersion: 7, alert: $a, reason: \"New title\") { version } }", new { r = reference, a = stale })).Error("CONFLICT");
        var amended = (await _client.Data("""
            mutation($r: ID!, $a: CasAlertInput!) { amendCasAlert(reference: $r, expectedVersion: 1, alert: $a, reason: "MHRA reissued it") { version title history { entries { action reason actor { name } changedFields } } } }
            """, new { r = reference, a = stale }))["amendCasAlert"]!;
        Assert.Equal(2, (int)amended["version"]!);
        var latest = amended["history"]!["entries"]![0]!;
        Assert.Equal(("CAS_ALERT_AMENDED", "MHRA reissued it"), ((string?)latest["action"], (string?)latest["reason"]));
        Assert.Equal(["title"], latest["changedFields"]!.AsArray().Select(f => (string)f!));
    }

    private async Task<JsonNode> IcbAlertsAsync(string icb) =>
        (await _client.Data("""
            query($icb: ID!) { icbCoverage(icb: $icb) { casAlerts { alert { reference } totals { affected unacknowledged acknowledgeOverdue } } practicesWithoutCasContact { odsCode } } }
            """, new { icb }))["icbCoverage"]!;

    private Dictionary<string, object?> Alert(string programme) => new()
    {
        ["type"] = "NATIONAL_PATIENT_SAFETY_ALERT",
        ["originator"] = "MHRA",
        ["issuedOn"] = Iso(hub.Today),
        ["title"] = "Scribe notes filed to the wrong record",
        ["summary"] = "Generated notes can attach to whichever record is open.",
        ["actionRequired"] = "Check the patient banner before filing.",
        ["programmeIds"] = new[] { programme },
        ["csoEmail"] = "cso.alert@nel.nhs.net",
    };
}
