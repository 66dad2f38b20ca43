using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// ICB and national coverage over GraphQL for a generated estate, checked against what the test
/// itself knows each practice's steps make of its row.
/// </summary>
public sealed class CoverageApiTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int Practices = 200;
    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task Coverage_answers_match_the_localisations_for_a_generated_estate()
    {
        var (a, b) = (await ProgrammeAsync("cov-scribe"), await ProgrammeAsync("cov-consult"));
        var icbs = new[] { "C01", "C02" };
        var practices = Enumerable.Range(0, Practices).Select(i => (Ods: $"C{30000 + i}", Icb: icbs[i % 2], Pcn: $"U{10000 + i % 7}")).ToArray();
        var report = await _client.Data("mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created } }",
            new { rows = practices.Select(p => new { odsCode = p.Ods, name = $"Practice {p.Ods}", icbCode = p.Icb, pcnCode = p.Pcn }) });
        Assert.Equal(Practices, report["registerPractices"]!["created"]!.AsArray().Count);

        // Every state: not joined, joined, in progress, signed off; then programme B moves on (stale).
        for (var i = 0; i < Practices; i++)
        {
            var ods = practices[i].Ods;
            switch (i % 5)
            {
                case 1:
                    await _client.JoinAsync(a, ods);
                    break;
                case 2:
                    await _client.JoinAsync(a, ods);
                    await AssessAsync(a, ods, "H-001", "HIGH", "Reception covers two sites.");
                    break;
                case 3 or 4:
                    await SignedOffAsync(a, ods, i % 2 == 0 ? "VERY_HIGH" : "LOW");
                    break;
            }

            if (i % 3 == 0) await SignedOffAsync(b, ods, "MEDIUM");
        }

        await _client.Data(Requests.ReviseHazard, new { p = b, id = "H-002", rev = 1, h = Requests.Hazard("Hazard 2, revised"), why = "Supplier change" });
        await _client.Data(Requests.Publish, new { p = b, rev = 3, s = "Version 2" });

        // The independent answer: what each practice's steps above make of its row, worked out here
        // from the DCB0160 matrix (docs/risk-matrix.md), not read back from the hub.
        var expected = new Dictionary<(string Ods, string Programme), JsonNode>();
        for (var i = 0; i < Practices; i++)
        {
            var ods = practices[i].Ods;
            switch (i % 5)
            {
                case 1:
                    expected[(ods, a)] = Row("JOINED", 0, notAssessed: 2, highest: null);
                    break;
                case 2:
                    expected[(ods, a)] = Row("IN_PROGRESS", 0, notAssessed: 1, highest: MajorHigh);
                    break;
                case 3 or 4:
                    expected[(ods, a)] = Row("SIGNED_OFF", 0, notAssessed: 0, highest: Math.Max(i % 2 == 0 ? MajorVeryHigh : MajorLow, MajorVeryLow));
                    break;
            }

            // Signed off against version 1 of B, which has since published version 2.
            if (i % 3 == 0) expected[(ods, b)] = Row("STALE", 1, notAssessed: 0, highest: Math.Max(MajorMedium, MajorVeryLow));
        }

        foreach (var icb in icbs)
        {
            var mine = practices.Where(p => p.Icb == icb).Select(p => p.Ods).ToHashSet();
            var wanted = expected.Where(e => mine.Contains(e.Key.Ods)).ToDictionary(e => e.Key, e => e.Value);
            var coverage = await SettledCoverageAsync(icb, wanted);

            Assert.Equal(Practices / 2, (int)coverage["practices"]!);
            var noProgramme = mine.Where(ods => !wanted.Keys.Any(k => k.Ods == ods)).Order(StringComparer.Ordinal);
            Assert.Equal(noProgramme, coverage["practicesWithNoProgramme"]!.AsArray().Select(p => (string)p!));
            foreach (var programme in new[] { a, b })
            {
                var rows = wanted.Where(e => e.Key.Programme == programme).Select(e => e.Value).ToArray();
                var summary = coverage["programmes"]!.AsArray().Single(p => (string)p!["programmeId"]! == programme)!;
                Assert.Equal(rows.Length, (int)summary["joined"]!);
                Assert.Equal(rows.Count(r => (string)r["status"]! == "SIGNED_OFF"), (int)summary["signedOffCurrent"]!);
                Assert.Equal(rows.Count(r => (string)r["status"]! == "STALE"), (int)summary["stale"]!);
                Assert.Equal(rows.Count(r => (string)r["status"]! == "JOINED"), (int)summary["notStarted"]!);
            }

            var stale = await _client.Data("query($icb: ID!, $p: ID!) { icbCoverage(icb: $icb, programmeId: $p, status: STALE, first: 500) { totalRows rows { odsCode versionsBehind } } }", new { icb, p = b });
            Assert.Equal(wanted.Count(e => e.Key.Programme == b && (string)e.Value["status"]! == "STALE"), (int)stale["icbCoverage"]!["totalRows"]!);
            Assert.All(stale["icbCoverage"]!["rows"]!.AsArray(), r => Assert.Equal(1, (int)r!["versionsBehind"]!));

            var rebuilt = await _client.Data("mutation($icb: ID!) { rebuildIcbCoverage(icb: $icb) }", new { icb });
            Assert.Equal(Practices / 2, (int)rebuilt["rebuildIcbCoverage"]!);
            Assert.Equal(coverage["rows"]!.ToJsonString(), (await SettledCoverageAsync(icb, wanted))["rows"]!.ToJsonString());

            var high = await _client.Data("query($icb: ID!) { icbCoverage(icb: $icb, minResidualRating: 4, orderBy: HIGHEST_RESIDUAL, first: 500) { totalRows rows { highestLocalResidualRating } } }", new { icb });
            Assert.Equal(wanted.Values.Count(r => (int?)r["highestLocalResidualRating"] >= 4), (int)high["icbCoverage"]!["totalRows"]!);
        }

        var national = (await _client.Data("{ nationalCoverage { total { practices programmes { programmeId joined signedOffCurrent stale } localResidualGrid } icbs { icbCode practices totalRows } } }"))["nationalCoverage"]!;
        var perIcb = national["icbs"]!.AsArray().Where(i => icbs.Contains((string)i!["icbCode"]!)).ToArray();
        Assert.Equal(expected.Count, perIcb.Sum(i => (int)i!["totalRows"]!));
        var totalB = national["total"]!["programmes"]!.AsArray().Single(p => (string)p!["programmeId"]! == b)!;
        Assert.Equal(expected.Count(e => e.Key.Programme == b), (int)totalB["joined"]!);
        Assert.Equal(25, national["total"]!["localResidualGrid"]!.AsArray().Count);
    }

    private const string Fields = "status versionsBehind notAssessedHazards highestLocalResidualRating";

    // Residual ratings of a MAJOR severity at each likelihood, from the matrix in docs/risk-matrix.md.
    private const int MajorVeryHigh = 5;
    private const int MajorHigh = 4;
    private const int MajorMedium = 3;
    private const int MajorLow = 3;
    private const int MajorVeryLow = 2;

    private static JsonNode Row(string status, int versionsBehind, int notAssessed, int? highest) => new JsonObject
    {
        ["status"] = status, ["versionsBehind"] = versionsBehind, ["notAssessedHazards"] = notAssessed, ["highestLocalResidualRating"] = highest,
    };

    /// <summary>Coverage once the read model has caught up with every change (it is fed asynchronously).</summary>
    private Task<JsonNode> SettledCoverageAsync(string icb, Dictionary<(string Ods, string Programme), JsonNode> wanted) =>
        Eventually.Get(
            async () => (await _client.Data($$"""
                query($icb: ID!) { icbCoverage(icb: $icb, first: 500) { practices totalRows practicesWithNoProgramme
                  programmes { programmeId joined signedOffCurrent stale notStarted }
                  rows { odsCode programmeId {{Fields}} } } }
                """, new { icb }))["icbCoverage"]!,
            coverage =>
            {
                var rows = coverage["rows"]!.AsArray().ToDictionary(r => ((string)r!["odsCode"]!, (string)r["programmeId"]!), r => r!);
                return rows.Count == wanted.Count && wanted.All(e => rows.TryGetValue(e.Key, out var row)
                    && Fields.Split(' ').All(f => JsonNode.DeepEquals(row[f], e.Value[f])));
            },
            timeoutSeconds: 60, what: $"ICB {icb} coverage matching the localisations");

    private async Task<string> ProgrammeAsync(string prefix)
    {
        var id = UniqueIds.Programme(prefix);
        await _client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        for (var h = 1; h <= 2; h++) await _client.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard($"Hazard {h}"), why = "Workshop" });
        await _client.Data(Requests.Publish, new { p = id, rev = 2, s = "Version 1" });
        return id;
    }

    private Task AssessAsync(string programme, string ods, string hazard, string likelihood, string? justification) => _client.AsPractice(ods).Data("""
        mutation($p: ID!, $o: ID!, $h: ID!, $l: Likelihood!, $j: String) { assessHazard(programmeId: $p, odsCode: $o, hazardId: $h, expectedRevision: 0,
          decision: { applicable: true, localResidualRisk: { severity: MAJOR, likelihood: $l, justification: $j } }) { revision } }
        """, new { p = programme, o = ods, h = hazard, l = likelihood, j = justification });

    private async Task SignedOffAsync(string programme, string ods, string likelihood)
    {
        await _client.JoinAsync(programme, ods);
        await _client.RecordApprovedSopAsync(programme, ods);
        await AssessAsync(programme, ods, "H-001", likelihood, "Local reasoning.");
        await AssessAsync(programme, ods, "H-002", "VERY_LOW", null);
        await _client.AsPractice(ods).Data("""
            mutation($p: ID!, $o: ID!) { signOffLocalisation(programmeId: $p, odsCode: $o, expectedRevision: 4,
              signOff: { name: "Dr Grace Hopper", role: "Clinical Safety Lead", statement: "Localised." }) { status } }
            """, new { p = programme, o = ods });
    }
}
