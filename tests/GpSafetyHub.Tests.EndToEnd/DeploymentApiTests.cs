using System.Text.Json.Nodes;
using GpSafetyHub.Grains.Deployments;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static GpSafetyHub.Tests.EndToEnd.DeploymentSteps;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// Three practices of one ICB deploying an ICB-led programme at different speeds, the hub's clock
/// moved day by day across a bank holiday: the board and KPI figures against working days counted
/// by hand, overdue steps reminded once, and who may change which step.
/// </summary>
public sealed class DeploymentApiTests(MailHubFixture hub) : IClassFixture<MailHubFixture>
{
    private const string Icb = "QDD";
    private const string Fast = "D10001";
    private const string Slow = "D10002";
    private const string Stuck = "D10003";

    private const string Board = """
        query($icb: ID!, $p: ID, $turn: DeploymentParty) { icbDeploymentBoard(icb: $icb, programmeId: $p, turn: $turn) {
          deployments { odsCode currentStep turn liveOn endToEndDays overdue steps { step status waitingOn waitingDays targetDays overdue blocking inheritedFrom permission } }
          figures { deployments live overdue medianEndToEndDays p90EndToEndDays steps { step medianDays current waiting overdue } parties { party medianWaitDays waiting overdue } bottleneck { party } } } }
        """;

    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task Three_practices_move_through_the_checklist_and_the_board_and_figures_match_working_days_counted_by_hand()
    {
        // Monday M, the week before a bank holiday Monday (M + 7) in the shipped calendar, with no other holiday in the fortnight.
        var holidays = hub.App.Services.GetRequiredService<IOptions<DeploymentOptions>>().Value.BankHolidays;
        var holiday = holidays.Where(d => d.DayOfWeek == DayOfWeek.Monday && d > hub.Today.AddDays(14))
            .Where(d => holidays.Count(h => h >= d.AddDays(-7) && h <= d.AddDays(7)) == 1).Order().FirstOrDefault();
        Assert.True(holiday != default, "the shipped calendar needs a bank holiday Monday ahead: add the next year's to Deployments:BankHolidays");
        var monday = holiday.AddDays(-7);
        hub.Clock.SetUtcNow(new DateTimeOffset(monday.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

        var programme = UniqueIds.Programme("deploy");
        var hazard = Requests.Hazard();
        hazard["reviewDate"] = Iso(monday.AddYears(1));
        await _client.Data(Requests.CreateProgramme, new { input = Requests.Programme(programme, Iso(monday.AddYears(1))) });
        await _client.Data(Requests.AddHazard, new { p = programme, h = hazard, why = "Workshop" });
        await _client.Data(Requests.Publish, new { p = programme, rev = 1, s = "Version 1" });
        var icb = hub.Client(hub.Tokens.Icb(Icb));

        // Until the route is declared, a deployment cannot be worked out: who does what depends on it.
        foreach (var ods in new[] { Fast, Slow, Stuck }) await _client.RegisterPracticeAsync(ods, Icb, $"lead.{ods.ToLowerInvariant()}@nhs.net", $"cas.{ods.ToLowerInvariant()}@nhs.net");
        await _client.JoinAsync(programme, Fast);
        var undeclared = (await _client.AsPractice(Fast).Send("query($p: ID!) { deployment(programmeId: $p, odsCode: \"D10001\") { revision } }", new { p = programme })).Error("VALIDATION");
        Assert.Contains("procurement route", (string)undeclared["message"]!, StringComparison.Ordinal);

        // The programme's shared artefacts and the ICB's blanket permission, recorded once.
        await _client.Data("mutation($p: ID!) { declareProcurementRoute(programmeId: $p, expectedRevision: 0, route: ICB_LED) { revision } }", new { p = programme });
        await _client.Data("mutation($p: ID!) { recordProgrammeArtefact(programmeId: $p, expectedRevision: 1, kind: DTAC, reference: \"DTAC-2027-14\") { revision } }", new { p = programme });
        await _client.Data("mutation($p: ID!) { recordProgrammeArtefact(programmeId: $p, expectedRevision: 2, kind: IT_ASSESSMENT, reference: \"ITA-77\") { revision } }", new { p = programme });
        await _client.Data("mutation($p: ID!) { recordProgrammeArtefact(programmeId: $p, expectedRevision: 3, kind: DPIA_TEMPLATE, reference: \"DPIA-T-3\") { revision } }", new { p = programme });
        var blanketByOtherIcb = await hub.Client(hub.Tokens.Icb("QZZ")).Send(
            "mutation($p: ID!) { recordBlanketPermission(programmeId: $p, icb: \"QDD\", expectedRevision: 4, decision: PROHIBITED, note: \"No\") { revision } }", new { p = programme });
        blanketByOtherIcb.Error("FORBIDDEN");
        await icb.Data("mutation($p: ID!) { recordBlanketPermission(programmeId: $p, icb: \"QDD\", expectedRevision: 4, decision: APPROVED_WITH_SUPPORT, evidence: \"QDD-PERM-9\") { revision } }", new { p = programme });
        await _client.JoinAsync(programme, Slow);
        await _client.JoinAsync(programme, Stuck);

        // Monday: all three start. Fast and Slow ask the IG service for their DPIA; Stuck waits on the ICB to choose the route.
        var fast = _client.AsPractice(Fast);
        var slow = _client.AsPractice(Slow);
        var stuck = _client.AsPractice(Stuck);
        object[] start = [Done("OUTLINE_REQUIREMENT"), Done("PROCUREMENT_ROUTE"), Done("SUPPLIER_EVALUATION"), Waiting("INFORMATION_GOVERNANCE", "INFORMATION_GOVERNANCE")];
        await fast.StepsAsync(programme, Fast, start);
        await slow.StepsAsync(programme, Slow, start);
        await stuck.StepsAsync(programme, Stuck, Done("OUTLINE_REQUIREMENT"), Waiting("PROCUREMENT_ROUTE", "ICB"));
        foreach (var (client, ods) in new[] { (fast, Fast), (slow, Slow) })
        {
            await client.RecordApprovedSopAsync(programme, ods);
            await _client.AssessAndSignOffAsync(programme, ods);
        }

        // What each inherits: the DTAC and IT assessment, the ICB's permission, clinical safety from the localisation.
        var mine = (await fast.Data("query($p: ID!) { deployment(programmeId: $p, odsCode: \"D10001\") { steps { step status inheritedFrom permission evidence } } }", new { p = programme }))["deployment"]!;
        Assert.Equal(("DONE", "DTAC-2027-14"), ((string?)Step(mine, "DTAC")["status"], (string?)Step(mine, "DTAC")["evidence"]));
        Assert.Equal(("DONE", "APPROVED_WITH_SUPPORT"), ((string?)Step(mine, "ICB_PERMISSION")["status"], (string?)Step(mine, "ICB_PERMISSION")["permission"]));
        Assert.Equal("DONE", (string?)Step(mine, "CLINICAL_SAFETY")["status"]);
        Assert.Equal("WAITING_ON", (string?)Step(mine, "INFORMATION_GOVERNANCE")["status"]);

        // Wednesday: Fast's DPIA comes back (2 working days; target 3); it signs, updates its ROPA, and goes live on Thursday.
        hub.Clock.Advance(TimeSpan.FromDays(2));
        await fast.StepsAsync(programme, Fast, Done("INFORMATION_GOVERNANCE"), new { step = "CONTRACT", status = "DONE", note = "Break clause at 12 months" }, Done("ROPA_AND_PRIVACY_NOTICE"));
        hub.Clock.Advance(TimeSpan.FromDays(1));
        await fast.StepsAsync(programme, Fast, Done("DEPLOYED"));

        // Friday: Slow's DPIA has waited 4 working days against 3 (overdue); Stuck's route 4 against 1. Stuck's
        // clinical safety (which the ICB sources on this route) has waited as long, but cannot be overdue before
        // its supplier is chosen. Each practice is reminded once.
        hub.Clock.Advance(TimeSpan.FromDays(1));
        var first = await hub.RunScanAsync();
        var again = await hub.RunScanAsync();
        Assert.True(first.Decided.Decided >= 2, $"first scan: {first}");
        Assert.Equal(0, again.Decided.Decided);
        var slowMail = Assert.Single(await hub.MailDev.InboxOfAsync("lead.d10002@nhs.net"));
        Assert.Contains("Information governance (DPIA, DPA) is overdue", slowMail.Text, StringComparison.Ordinal);
        Assert.Contains("Waiting on the IG / DPO service for 4 working days; the target is 3", slowMail.Text, StringComparison.Ordinal);
        var stuckMail = Assert.Single(await hub.MailDev.InboxOfAsync("lead.d10003@nhs.net"));
        Assert.Contains("Procurement route is overdue", stuckMail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Clinical safety", stuckMail.Text, StringComparison.Ordinal);
        Assert.Contains("Chase the ICB, then record the step's new status.", stuckMail.Text, StringComparison.Ordinal);
        Assert.Empty(await hub.MailDev.InboxOfAsync("lead.d10001@nhs.net"));

        // Thursday of the next week (the Monday a bank holiday): Slow's DPIA back after 7 working days; live the Monday after.
        hub.Clock.Advance(TimeSpan.FromDays(6));
        await slow.StepsAsync(programme, Slow, Done("INFORMATION_GOVERNANCE"), Done("CONTRACT"), Done("ROPA_AND_PRIVACY_NOTICE"));
        hub.Clock.Advance(TimeSpan.FromDays(4));
        await slow.StepsAsync(programme, Slow, Done("DEPLOYED"));
        Assert.Equal(monday.AddDays(14), hub.Today);

        var board = (await icb.Data(Board, new { icb = Icb, p = programme }))["icbDeploymentBoard"]!;
        var cards = board["deployments"]!.AsArray().ToDictionary(d => (string)d!["odsCode"]!, d => d!);
        // Working days after Monday M: Fast live on Thursday (3); Slow on the Monday two weeks on, less the holiday (9).
        Assert.Equal((Iso(monday.AddDays(3)), 3), ((string?)cards[Fast]["liveOn"], (int?)cards[Fast]["endToEndDays"]));
        Assert.Equal((Iso(monday.AddDays(14)), 9), ((string?)cards[Slow]["liveOn"], (int?)cards[Slow]["endToEndDays"]));
        Assert.Equal(("PERIODIC_REVIEW", "PRACTICE"), ((string?)cards[Fast]["currentStep"], (string?)cards[Fast]["turn"]![0]));
        var stuckRoute = Step(cards[Stuck], "PROCUREMENT_ROUTE");
        Assert.Equal(("PROCUREMENT_ROUTE", "ICB", 9, 1, true), ((string?)cards[Stuck]["currentStep"], (string?)stuckRoute["waitingOn"], (int)stuckRoute["waitingDays"]!, (int)stuckRoute["targetDays"]!, (bool)stuckRoute["overdue"]!));
        Assert.True((bool)cards[Stuck]["overdue"]!);

        var figures = board["figures"]!;
        Assert.Equal((3, 2, 1), ((int)figures["deployments"]!, (int)figures["live"]!, (int)figures["overdue"]!));
        // Live in 3 and 9: median 6; 90th percentile by nearest rank, the 2nd of 2: 9.
        Assert.Equal((6m, 9), ((decimal)figures["medianEndToEndDays"]!, (int)figures["p90EndToEndDays"]!));
        var steps = figures["steps"]!.AsArray().ToDictionary(s => (string)s!["step"]!, s => s!);
        Assert.Equal(4.5m, (decimal)steps["INFORMATION_GOVERNANCE"]["medianDays"]!); // 2 and 7
        Assert.Equal((2, 1), ((int)steps["PERIODIC_REVIEW"]["current"]!, (int)steps["PROCUREMENT_ROUTE"]["current"]!));
        var parties = figures["parties"]!.AsArray().ToDictionary(p => (string)p!["party"]!, p => p!);
        Assert.Equal(4.5m, (decimal)parties["INFORMATION_GOVERNANCE"]["medianWaitDays"]!);
        // The ICB keeps two of Stuck's steps waiting, 9 days each so far (one of them overdue): the bottleneck.
        Assert.Equal((9m, 2, 1), ((decimal)parties["ICB"]["medianWaitDays"]!, (int)parties["ICB"]["waiting"]!, (int)parties["ICB"]["overdue"]!));
        Assert.Equal("ICB", (string?)figures["bottleneck"]!["party"]);

        // Whose turn: the ICB's card is Stuck's alone; the figures stay over all three.
        var icbsTurn = (await icb.Data(Board, new { icb = Icb, p = programme, turn = "ICB" }))["icbDeploymentBoard"]!;
        Assert.Equal([Stuck], icbsTurn["deployments"]!.AsArray().Select(d => (string)d!["odsCode"]!));
        Assert.Equal(3, (int)icbsTurn["figures"]!["deployments"]!);

        // The CSO function sees the same three; the pipeline exports as CSV with a row each.
        var cso = (await _client.Data("query($p: ID!) { programmeDeploymentBoard(programmeId: $p) { deployments { odsCode } } }", new { p = programme }))["programmeDeploymentBoard"]!;
        Assert.Equal([Fast, Slow, Stuck], cso["deployments"]!.AsArray().Select(d => (string)d!["odsCode"]!));
        var csv = (await icb.Data("query($p: ID) { deploymentPipelineTable(icb: \"QDD\", format: CSV, programmeId: $p) { contentBase64 } }", new { p = programme }))["deploymentPipelineTable"]!;
        var lines = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)csv["contentBase64"]!)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("programme_id,ods_code,practice,route,current_step,whose_turn,waiting_days,target_days,overdue", lines[0], StringComparison.Ordinal);
        Assert.Contains($"{programme},{Stuck},Practice {Stuck},ICB-led,Procurement route,ICB,9,1,yes", lines[3], StringComparison.Ordinal);

        // Every change is attributed and kept.
        var history = (await slow.Data("query($p: ID!) { deployment(programmeId: $p, odsCode: \"D10002\") { history { totalCount entries { actor { name } summary } } } }", new { p = programme }))["deployment"]!["history"]!;
        Assert.Equal(8, (int)history["totalCount"]!);
        Assert.Equal("Deployed: done.", (string?)history["entries"]![0]!["summary"]);
    }

    [Fact]
    public async Task A_practice_edits_only_its_own_steps_and_only_its_own_ICB_decides_its_permission()
    {
        var programme = UniqueIds.Programme("deploy-access");
        await _client.Data(Requests.CreateProgramme, new { input = Requests.Programme(programme) });
        await _client.Data("mutation($p: ID!) { declareProcurementRoute(programmeId: $p, expectedRevision: 0, route: PRACTICE_LED) { revision } }", new { p = programme });
        await _client.RegisterPracticeAsync("D20001", "QDE", "lead.d20001@nhs.net", "cas.d20001@nhs.net");
        await _client.RegisterPracticeAsync("D20002", "QDF", "lead.d20002@nhs.net", "cas.d20002@nhs.net");
        await _client.JoinAsync(programme, "D20001");
        await _client.AsPractice("D20001").StepsAsync(programme, "D20001", Done("OUTLINE_REQUIREMENT"), Done("PROCUREMENT_ROUTE"), Done("SUPPLIER_EVALUATION"));

        object Change(string step, string status, string? permission = null) => new { p = programme, o = "D20001", rev = 3, c = new { step, status, permission } };
        (await _client.AsPractice("D20002").Send(RecordStep, Change("DTAC", "IN_PROGRESS"))).Error("NOT_FOUND");
        // A practice that has not joined the programme is answered as if it did not exist, for its own deployment too.
        (await _client.AsPractice("D20002").Send("query($p: ID!) { deployment(programmeId: $p, odsCode: \"D20002\") { revision } }", new { p = programme })).Error("NOT_FOUND");
        (await _client.AsPractice("D20002").Send(RecordStep, new { p = programme, o = "D20002", rev = 0, c = Done("OUTLINE_REQUIREMENT") })).Error("NOT_FOUND");
        (await _client.AsPractice("D20001").Send(RecordStep, Change("ICB_PERMISSION", "DONE", "APPROVED_WITHOUT_SUPPORT"))).Error("FORBIDDEN");
        (await hub.Client(hub.Tokens.Icb("QDF")).Send(RecordStep, Change("ICB_PERMISSION", "DONE", "APPROVED_WITHOUT_SUPPORT"))).Error("NOT_FOUND");
        var missing = (await hub.Client(hub.Tokens.Icb("QDE")).Send(RecordStep, Change("ICB_PERMISSION", "DONE"))).Error("VALIDATION");
        Assert.Equal("change.permission", (string?)missing["extensions"]!["field"]);

        // The practice asks; its ICB decides; nothing else changed on the way.
        await _client.AsPractice("D20001").Data(RecordStep, new { p = programme, o = "D20001", rev = 3, c = Waiting("ICB_PERMISSION", "ICB") });
        var prohibited = (await hub.Client(hub.Tokens.Icb("QDE")).Send(RecordStep, new { p = programme, o = "D20001", rev = 4, c = new { step = "ICB_PERMISSION", status = "DONE", permission = "PROHIBITED" } })).Error("VALIDATION");
        Assert.Equal("change.note", (string?)prohibited["extensions"]!["field"]);
        await hub.Client(hub.Tokens.Icb("QDE")).Data(RecordStep, new { p = programme, o = "D20001", rev = 4, c = new { step = "ICB_PERMISSION", status = "DONE", permission = "APPROVED_WITHOUT_SUPPORT", evidence = "QDE-0042" } });
        var deployment = (await _client.AsPractice("D20001").Data("query($p: ID!) { deployment(programmeId: $p, odsCode: \"D20001\") { revision steps { step status permission changedBy { name } endedWaits { party } } } }", new { p = programme }))["deployment"]!;
        var permission = Step(deployment, "ICB_PERMISSION");
        Assert.Equal((5, "APPROVED_WITHOUT_SUPPORT", "ICB QDE analyst", "ICB"),
            ((int)deployment["revision"]!, (string?)permission["permission"], (string?)permission["changedBy"]!["name"], (string?)permission["endedWaits"]![0]!["party"]));
        // Once the ICB has decided, the practice cannot set its decision aside.
        (await _client.AsPractice("D20001").Send(RecordStep, new { p = programme, o = "D20001", rev = 5, c = new { step = "ICB_PERMISSION", status = "IN_PROGRESS" } })).Error("FORBIDDEN");
        // A change based on what the practice saw before the ICB's is refused, not applied over it.
        (await _client.AsPractice("D20001").Send(RecordStep, new { p = programme, o = "D20001", rev = 4, c = new { step = "DTAC", status = "IN_PROGRESS" } })).Error("CONFLICT");
    }

    private static string Iso(DateOnly date) => LocalisationSteps.Iso(date);
}
