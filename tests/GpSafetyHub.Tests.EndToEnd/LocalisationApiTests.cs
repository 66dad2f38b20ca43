using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Practices and their localisations of a programme, through GraphQL over HTTP.</summary>
public sealed class LocalisationApiTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private static int _practiceNumber = 20000;
    private readonly GraphQLClient _client = hub.Client();

    private const string Localisation = """
        query($p: ID!, $o: ID!) { localisation(programmeId: $p, odsCode: $o) {
          status revision localisedVersion signedOffVersion versionsBehind notAssessedHazards currentProgrammeVersion
          hazards { hazard { id } state programmeResidualRisk { rating } localResidualRisk { rating } local { applicable revision needsReassessment reassessBecause } }
          changesSinceSignedVersion { hazardId kinds changedFields }
          history(first: 50) { totalCount entries { action actor { name } } } } }
        """;

    private const string Assess = """
        mutation($p: ID!, $o: ID!, $h: ID!, $rev: Int!, $d: HazardDecisionInput!) {
          assessHazard(programmeId: $p, odsCode: $o, hazardId: $h, expectedRevision: $rev, decision: $d) { revision notAssessedHazards } }
        """;

    [Fact]
    public async Task Three_practices_localise_ten_hazards_then_a_republish_makes_them_stale_and_carry_forward_keeps_their_decisions()
    {
        var programme = await PublishedProgrammeAsync(hazards: 10);
        var practices = await RegisterAsync(3);
        for (var p = 0; p < 3; p++)
        {
            await JoinWithApprovedSopAsync(programme, practices[p]);
            for (var h = 1; h <= 10; h++)
                await _client.AsPractice(practices[p]).Data(Assess, new { p = programme, o = practices[p], h = $"H-{h:D3}", rev = 0, d = Decision(applicable: (h + p) % 3 != 0) });
            var view = await View(programme, practices[p]);
            Assert.Equal(0, (int)view["notAssessedHazards"]!);
            await _client.AsPractice(practices[p]).Data(SignOff, new { p = programme, o = practices[p], rev = (int)view["revision"]! });
            Assert.Equal("SIGNED_OFF", (string)(await View(programme, practices[p]))["status"]!);
        }

        var revisedHazard = Requests.Hazard("Hazard 4, revised after the pilot");
        await _client.Data(Requests.ReviseHazard, new { p = programme, id = "H-004", rev = 1, h = revisedHazard, why = "Pilot" });
        await _client.Data(Requests.AddHazard, new { p = programme, h = Requests.Hazard("Hazard 11"), why = "Pilot" });
        await _client.Data(Requests.Publish, new { p = programme, rev = 12, s = "Version 2" });

        for (var p = 0; p < 3; p++)
        {
            var stale = await View(programme, practices[p]);
            Assert.Equal("STALE", (string)stale["status"]!);
            Assert.Equal(1, (int)stale["versionsBehind"]!);
            Assert.Equal(["H-004", "H-011"], stale["changesSinceSignedVersion"]!.AsArray().Select(c => (string)c!["hazardId"]!));
            Assert.Equal(["ADDED"], stale["changesSinceSignedVersion"]![1]!["kinds"]!.AsArray().Select(k => (string)k!));

            await _client.AsPractice(practices[p]).Data("mutation($p: ID!, $o: ID!, $rev: Int!) { carryForward(programmeId: $p, odsCode: $o, expectedRevision: $rev) { localisedVersion } }",
                new { p = programme, o = practices[p], rev = (int)stale["revision"]! });

            var carried = await View(programme, practices[p]);
            var hazards = carried["hazards"]!.AsArray();
            Assert.Equal(11, hazards.Count);
            Assert.Equal(9, hazards.Count(h => (string)h!["state"]! is "APPLICABLE" or "NOT_APPLICABLE"));
            Assert.Equal("NEEDS_REASSESSMENT", (string)hazards[3]!["state"]!);
            Assert.Equal("NOT_ASSESSED", (string)hazards[10]!["state"]!);
            for (var h = 1; h <= 10; h++)
                Assert.Equal((h + p) % 3 != 0, (bool)hazards[h - 1]!["local"]!["applicable"]!);

            var refused = (await _client.AsPractice(practices[p]).Send(SignOff, new { p = programme, o = practices[p], rev = (int)carried["revision"]! })).Error("VALIDATION");
            Assert.Equal(["decisions[H-004]", "decisions[H-011]"], refused["extensions"]!["violations"]!.AsArray().Select(v => (string)v!["field"]!));
        }

        // The read model is fed after each change: wait until every practice's latest (carried forward) row has landed.
        const string Rows = "query($p: ID!) { programme(id: $p) { localisations(first: 2) { totalCount endCursor rows { odsCode status localisedVersion signedOffVersion versionsBehind } } } }";
        var localisations = await Eventually.Get(
            async () => (await _client.Data(Rows, new { p = programme }))["programme"]!["localisations"]!,
            l => l["rows"]!.AsArray().All(r => (int?)r!["localisedVersion"] == 2),
            what: "The localisations read model catching up");
        Assert.Equal(3, (int)localisations["totalCount"]!);
        Assert.Equal(practices.Order(StringComparer.Ordinal).Take(2), localisations["rows"]!.AsArray().Select(r => (string)r!["odsCode"]!));
        Assert.All(localisations["rows"]!.AsArray(), r => Assert.Equal(("STALE", 1, 1), ((string)r!["status"]!, (int)r["signedOffVersion"]!, (int)r["versionsBehind"]!)));
        var next = await _client.Data("query($p: ID!, $a: String) { programme(id: $p) { localisations(first: 2, after: $a) { endCursor rows { odsCode } } } }",
            new { p = programme, a = (string)localisations["endCursor"]! });
        Assert.Single(next["programme"]!["localisations"]!["rows"]!.AsArray());

        // The practice hears of its localisation too (asynchronously, like every read model).
        var row = await Eventually.Get(
            async () => (await _client.Data("query($o: ID!) { practice(odsCode: $o) { localisations { programmeId status localisedVersion versionsBehind } } }", new { o = practices[0] }))
                ["practice"]!["localisations"]!.AsArray().SingleOrDefault() ?? new JsonObject(),
            r => (int?)r["localisedVersion"] == 2,
            what: "The practice hearing of its localisation");
        Assert.Equal((programme, "STALE", 1), ((string)row["programmeId"]!, (string)row["status"]!, (int)row["versionsBehind"]!));
        Assert.Null(next["programme"]!["localisations"]!["endCursor"]);
    }

    [Fact]
    public async Task Bad_ODS_codes_are_refused_row_by_row_and_refused_rows_change_nothing()
    {
        var good = NextOds();
        var report = (await _client.Data("""
            mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created updated unchanged refused { row odsCode violations { field rule } } } }
            """, new
        {
            rows = new object[]
            {
                new { odsCode = good, name = "Good Practice", icbCode = "QHM" },
                new { odsCode = "A8100", name = "Short code", icbCode = "QHM" },
                new { odsCode = "B12345", name = "Bad ICB", icbCode = "QHMX", casContactEmail = "not-an-email" },
            },
        }))["registerPractices"]!;

        Assert.Equal([good], report["created"]!.AsArray().Select(c => (string)c!));
        var refused = report["refused"]!.AsArray();
        Assert.Equal([2, 3], refused.Select(r => (int)r!["row"]!));
        Assert.Equal(["odsCode"], refused[0]!["violations"]!.AsArray().Select(v => (string)v!["field"]!));
        Assert.Contains("one letter and five digits", (string)refused[0]!["violations"]![0]!["rule"]!);
        Assert.Equal(["practice.icbCode", "practice.casContactEmail"], refused[1]!["violations"]!.AsArray().Select(v => (string)v!["field"]!));
        (await _client.Send("{ practice(odsCode: \"B12345\") { name } }")).Error("NOT_FOUND");

        var badQuery = (await _client.Send("{ practice(odsCode: \"12345A\") { name } }")).Error("VALIDATION");
        Assert.Equal("odsCode", (string?)badQuery["extensions"]!["field"]);
    }

    [Fact]
    public async Task A_CSV_import_reports_created_updated_unchanged_and_refused_and_practices_are_listed_by_ICB()
    {
        var (a, b) = (NextOds(), NextOds());
        var icb = $"Z{_practiceNumber % 100:D2}";
        var csv = $"ods_code,name,icb_code,pcn_code,cas_contact_email\n{a},\"Riverside, Surgery\",{icb},U12345,cas@riverside.nhs.net\n{b},Hillside,{icb},,\n";
        const string Import = "mutation($csv: String!) { importPracticesCsv(csv: $csv) { created updated unchanged refused { row violations { field } } } }";

        var first = (await _client.Data(Import, new { csv }))["importPracticesCsv"]!;
        Assert.Equal([a, b], first["created"]!.AsArray().Select(c => (string)c!));

        var again = (await _client.Data(Import, new { csv = csv.Replace("Hillside", "Hillside Health Centre", StringComparison.Ordinal) + "X1,Nowhere,QHM\n" }))["importPracticesCsv"]!;
        Assert.Equal([b], again["updated"]!.AsArray().Select(c => (string)c!));
        Assert.Equal([a], again["unchanged"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(3, (int)again["refused"]![0]!["row"]!);

        var badHeader = (await _client.Send(Import, new { csv = "ods,name\nA81001,x\n" })).Error("VALIDATION");
        Assert.Contains("missing the column(s) ods_code, icb_code", (string)badHeader["message"]!);

        var listed = await Eventually.Get(
            async () => (await _client.Data("query($icb: ID!) { practices(icb: $icb) { odsCode name pcnCode contacts { casContactEmail } } }", new { icb }))["practices"]!.AsArray(),
            l => l.Count >= 2 && (string)l[1]!["name"]! == "Hillside Health Centre",
            what: "The ICB's practices being listed");
        Assert.Equal("Riverside, Surgery", (string)listed[0]!["name"]!);
        Assert.Equal("cas@riverside.nhs.net", (string)listed[0]!["contacts"]!["casContactEmail"]!);
    }

    [Fact]
    public async Task Localising_without_an_MoU_and_a_stale_concurrent_edit_are_refused_and_change_nothing()
    {
        var programme = await PublishedProgrammeAsync(hazards: 2);
        var ods = (await RegisterAsync(1))[0];

        var notJoined = (await _client.AsPractice(ods).Send(Assess, new { p = programme, o = ods, h = "H-001", rev = 0, d = Decision(applicable: true) })).Error("VALIDATION");
        Assert.Contains("join it under an MoU", (string)notJoined["message"]!);
        Assert.Equal("NOT_JOINED", (string)(await View(programme, ods))["status"]!);

        await JoinWithApprovedSopAsync(programme, ods);
        await _client.AsPractice(ods).Data(Assess, new { p = programme, o = ods, h = "H-001", rev = 0, d = Decision(applicable: true) });
        var stale = (await _client.AsPractice(ods).Send(Assess, new { p = programme, o = ods, h = "H-001", rev = 0, d = Decision(applicable: false) })).Error("CONFLICT");
        Assert.Equal("expectedRevision", (string?)stale["extensions"]!["field"]);

        var view = await View(programme, ods);
        Assert.True((bool)view["hazards"]![0]!["local"]!["applicable"]!);
        Assert.Equal(["HAZARD_ASSESSED", "SOP_RECORDED", "PROGRAMME_JOINED"], view["history"]!["entries"]!.AsArray().Select(e => (string)e!["action"]!));

        var unassessed = (await _client.AsPractice(ods).Send(SignOff, new { p = programme, o = ods, rev = (int)view["revision"]! })).Error("VALIDATION");
        Assert.Equal("decisions[H-002]", (string?)unassessed["extensions"]!["field"]);
        Assert.Equal("IN_PROGRESS", (string)(await View(programme, ods))["status"]!);
    }

    private const string SignOff = """
        mutation($p: ID!, $o: ID!, $rev: Int!) { signOffLocalisation(programmeId: $p, odsCode: $o, expectedRevision: $rev,
          signOff: { name: "Dr Grace Hopper", role: "Clinical Safety Lead", professionalRegistration: "GMC 7654321", statement: "Localised for our practice." }) { status } }
        """;

    private static object Decision(bool applicable) => applicable
        ? new { applicable, localResidualRisk = new { severity = "MAJOR", likelihood = "VERY_LOW" }, localControls = new[] { new { description = "Read-back to the patient", type = "BUSINESS_PROCESS", state = "EXISTING" } } }
        : new { applicable, rationale = "Feature not used at this practice." };

    private async Task<JsonNode> View(string programme, string ods) =>
        (await _client.Data(Localisation, new { p = programme, o = ods }))["localisation"]!;

    private async Task JoinWithApprovedSopAsync(string programme, string ods)
    {
        await _client.JoinAsync(programme, ods);
        await _client.RecordApprovedSopAsync(programme, ods);
    }

    private async Task<string> PublishedProgrammeAsync(int hazards)
    {
        var id = UniqueIds.Programme();
        await _client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        for (var i = 1; i <= hazards; i++) await _client.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard($"Hazard {i}"), why = "Workshop" });
        await _client.Data(Requests.Publish, new { p = id, rev = hazards, s = "Version 1" });
        return id;
    }

    private async Task<string[]> RegisterAsync(int count)
    {
        var codes = Enumerable.Range(0, count).Select(_ => NextOds()).ToArray();
        var report = await _client.Data("mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created } }",
            new { rows = codes.Select(c => new { odsCode = c, name = $"Practice {c}", icbCode = "QHM" }) });
        Assert.Equal(count, report["registerPractices"]!["created"]!.AsArray().Count);
        return codes;
    }

    private static string NextOds() => $"E{Interlocked.Increment(ref _practiceNumber) % 100000:D5}";
}
