using System.Collections.Concurrent;
using System.Diagnostics;
using GpSafetyHub.Bench.Http;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Access;
using static GpSafetyHub.Bench.Http.EstateSeeder;

namespace GpSafetyHub.Bench.England;

/// <summary>
/// Loads an <see cref="EnglandPlan"/> through the hub's API, as its users would: the CSO function
/// publishes the programmes and joins the practices; each practice's own staff (a token of their
/// own) record the SOP, assess hazards, sign off or leave. Returns how long each phase took and
/// when the last localisation write was acknowledged.
/// </summary>
internal sealed class EnglandLoader(HubClient cso, HubAuthOptions auth, int parallelism)
{
    private readonly ConcurrentDictionary<string, HubClient> _practices = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<(string Phase, TimeSpan Took, int Writes)>> LoadAsync(EnglandPlan plan, DateOnly today)
    {
        var phases = new List<(string, TimeSpan, int)>();
        var clock = Stopwatch.StartNew();
        await PublishProgrammesAsync(cso, Enumerable.Range(1, plan.Programmes).Select(EnglandPlan.ProgrammeId).ToArray(), plan.Hazards, today.AddDays(20), parallelism);
        phases.Add(("programmes: created, hazards added, version 1 published", clock.Elapsed, plan.Programmes * (plan.Hazards + 2)));

        clock.Restart();
        var rows = plan.Practices.Select(p => new
        {
            odsCode = p.OdsCode, name = $"England practice {p.Number}", icbCode = p.IcbCode, pcnCode = $"U{p.Number / 8:D5}",
            safetyLeadName = "Dr Lead", safetyLeadEmail = $"lead.{p.OdsCode}@bench.nhs.net", practiceManagerEmail = $"manager.{p.OdsCode}@bench.nhs.net",
            casContactEmail = p.HasCasContact ? $"cas.{p.OdsCode}@bench.nhs.net" : null,
        }).ToArray();
        foreach (var chunk in rows.Chunk(500))
            await cso.DataAsync("mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created } }", new { rows = chunk });
        phases.Add(("practices registered (500 a request)", clock.Elapsed, (rows.Length + 499) / 500));

        clock.Restart();
        var writes = 0;
        await Parallel.ForEachAsync(plan.Localisations, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (l, _) =>
            Interlocked.Add(ref writes, await LocaliseAsync(plan, l, today)));
        phases.Add(("localisations: joined, then each taken to its state by the practice", clock.Elapsed, writes));

        clock.Restart();
        await Parallel.ForAsync(1, EnglandPlan.RepublishedProgrammes + 1, async (p, _) =>
        {
            await AddHazardAsync(cso, EnglandPlan.ProgrammeId(p), plan.Hazards + 1, today.AddDays(20));
            await PublishAsync(cso, EnglandPlan.ProgrammeId(p), "Version 2");
        });
        phases.Add(($"programmes 1–{EnglandPlan.RepublishedProgrammes}: a hazard added and version 2 published", clock.Elapsed, EnglandPlan.RepublishedProgrammes * 3));
        return phases;
    }

    /// <summary>Records the CAS alerts the reminder scan sends notices of: one about a programme, one to three whole ICBs.</summary>
    public async Task RecordAlertsAsync(EnglandPlan plan, DateOnly today)
    {
        const string Record = "mutation($r: ID!, $a: CasAlertInput!) { recordCasAlert(reference: $r, alert: $a) { version } }";
        var common = new { type = "NATIONAL_PATIENT_SAFETY_ALERT", originator = "MHRA", issuedOn = Iso(today), summary = "Generated notes attached to the wrong record.", actionRequired = "Check the patient banner.", csoEmail = "cso.alerts@bench.nhs.net" };
        await cso.DataAsync(Record, new { r = "NATPSA/2026/101/BENCH", a = new { common.type, common.originator, common.issuedOn, common.summary, common.actionRequired, common.csoEmail, title = "Scribe notes: wrong patient", programmeIds = new[] { EnglandPlan.ProgrammeId(plan.Programmes) } } });
        await cso.DataAsync(Record, new { r = "NATPSA/2026/102/BENCH", a = new { common.type, common.originator, common.issuedOn, common.summary, common.actionRequired, common.csoEmail, title = "Regional: wrong patient", icbCodes = plan.Icbs.Take(3).Select(i => i.Code).ToArray() } });
    }

    /// <summary>Joins the practice, then takes the localisation to its planned state; returns the writes it took.</summary>
    private async Task<int> LocaliseAsync(EnglandPlan plan, PlannedLocalisation l, DateOnly today)
    {
        var programme = EnglandPlan.ProgrammeId(l.Programme);
        await JoinAsync(cso, programme, l.OdsCode, Iso(today.AddDays(-30)), Iso(today.AddDays(10 + (l.Index * 37 % 720))));
        if (l.State == PlannedState.Joined) return 1;
        var practice = PracticeClient(l.OdsCode);
        var variables = new { p = programme, o = l.OdsCode };
        if (l.State == PlannedState.Left)
        {
            await practice.DataAsync("mutation($p: ID!, $o: ID!) { leaveProgramme(programmeId: $p, odsCode: $o, reason: \"Paused the pilot.\") { status } }", variables);
            return 2;
        }

        var revision = await RecordSopAsync(practice, programme, l, today);
        var assessed = l.State == PlannedState.InProgress ? 1 : plan.Hazards;
        for (var h = 1; h <= assessed; h++)
            revision = (int)(await practice.DataAsync(
                "mutation($p: ID!, $o: ID!, $h: ID!, $d: HazardDecisionInput!) { assessHazard(programmeId: $p, odsCode: $o, hazardId: $h, expectedRevision: 0, decision: $d) { revision } }",
                new { p = programme, o = l.OdsCode, h = $"H-{h:D3}", d = Decision(h) }))["assessHazard"]!["revision"]!;
        if (l.State == PlannedState.InProgress) return 3;

        await practice.DataAsync("""
            mutation($p: ID!, $o: ID!, $rev: Int!, $review: DateOnly!) { signOffLocalisation(programmeId: $p, odsCode: $o, expectedRevision: $rev,
              signOff: { name: "Dr Lead", role: "Clinical Safety Lead", statement: "Localised and reviewed.", reviewDate: $review }) { status } }
            """, new { p = programme, o = l.OdsCode, rev = revision, review = Iso(today.AddDays(3 + (l.Index % 200))) });
        return 3 + plan.Hazards;
    }

    private static async Task<int> RecordSopAsync(HubClient practice, string programme, PlannedLocalisation l, DateOnly today) =>
        (int)(await practice.DataAsync("""
            mutation($p: ID!, $o: ID!, $approved: DateOnly!, $review: DateOnly!) { recordSop(programmeId: $p, odsCode: $o, expectedSopRevision: 0,
              sop: { text: "Check the banner; review every note.", version: "1.0", approvedBy: "Dr Lead", approvedOn: $approved, reviewDate: $review }) { revision } }
            """, new { p = programme, o = l.OdsCode, approved = Iso(today.AddDays(-7)), review = Iso(today.AddDays(5 + (l.Index * 13 % 360))) }))["recordSop"]!["revision"]!;

    /// <summary>Odd hazards do not apply here; even ones apply with a low local residual risk.</summary>
    private static object Decision(int hazard) => hazard % 2 == 1
        ? new { applicable = false, rationale = "The practice does not use this workflow." }
        : new { applicable = true, localResidualRisk = new { severity = "MINOR", likelihood = "VERY_LOW" }, localOwner = "Practice manager" };

    private HubClient PracticeClient(string ods) => _practices.GetOrAdd(ods, o =>
        cso.As(DevTokens.Mint(auth, $"bench-{o}", $"{o} practice manager", ["practice"], [o], "Bench", TimeSpan.FromHours(6))));
}
