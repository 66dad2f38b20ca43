using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// ICBs merging (as several did on 1 April 2026): an administrator moves every practice of two
/// ICBs into a third in one request, and the old and new ICB's figures, the national roll-up,
/// the practices' histories and an alert sent to a merged ICB all follow.
/// </summary>
public sealed class IcbMergerTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Merge = """
        mutation($from: [ID!]!, $into: ID!, $on: DateOnly!) { mergeIcbs(from: $from, into: $into, effectiveOn: $on, reason: "NHS England direction: ICBs cluster") {
          from into effectiveOn moved unchanged refused { odsCode } } }
        """;

    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task Every_practice_of_the_merging_ICBs_moves_and_everything_that_reads_ICBs_follows()
    {
        var programme = UniqueIds.Programme("merger");
        await _client.CreateProgrammeAsync(programme, "cso.merger@nel.nhs.net", Samples.Today.AddYears(1));
        var (north, south, merged) = ("N51", "N52", "N53");
        var practices = new[] { ("N51001", north), ("N51002", north), ("N52001", south), ("N53001", merged) };
        foreach (var (ods, icb) in practices) await _client.RegisterPracticeAsync(ods, icb, $"lead.{ods.ToLowerInvariant()}@nhs.net", $"cas.{ods.ToLowerInvariant()}@nhs.net");
        await _client.JoinAsync(programme, "N51001");
        await _client.Data("mutation($a: CasAlertInput!) { recordCasAlert(reference: \"DSI/2026/051\", alert: $a) { version } }", new
        {
            a = new Dictionary<string, object?>
            {
                ["type"] = "DEVICE_SAFETY_INFORMATION", ["originator"] = "MHRA", ["issuedOn"] = Iso(Samples.Today), ["title"] = "Glucose meter strips",
                ["summary"] = "Some strips read high.", ["actionRequired"] = "Check stock.", ["icbCodes"] = new[] { north }, ["csoEmail"] = "cso.merger@nel.nhs.net",
            },
        });
        await UntilPracticesAsync(north, 2);
        await UntilPracticesAsync(south, 1);

        var report = (await _client.Data(Merge, new { from = new[] { south, north }, into = merged, on = "2026-04-01" }))["mergeIcbs"]!;
        Assert.Equal([north, south], Strings(report["from"]!));
        Assert.Equal(["N51001", "N51002", "N52001"], Strings(report["moved"]!));
        Assert.Empty(report["refused"]!.AsArray());

        var listed = await UntilPracticesAsync(merged, 4);
        Assert.Equal(["N51001", "N51002", "N52001", "N53001"], listed.Select(p => (string)p!["odsCode"]!));
        await UntilPracticesAsync(north, 0);
        await UntilPracticesAsync(south, 0);

        var history = await _client.Data("{ practice(odsCode: \"N52001\") { icbCode mergedFromIcbCodes history(first: 1) { entries { action summary reason changedFields } } } }");
        Assert.Equal(merged, (string?)history["practice"]!["icbCode"]);
        Assert.Equal([south], Strings(history["practice"]!["mergedFromIcbCodes"]!));
        var entry = history["practice"]!["history"]!["entries"]![0]!;
        Assert.Equal("PRACTICE_MOVED_BY_ICB_MERGER", (string?)entry["action"]);
        Assert.Equal($"Moved from ICB {south} to ICB {merged}: ICB merger effective 1 April 2026.", (string?)entry["summary"]);
        Assert.Equal("NHS England direction: ICBs cluster", (string?)entry["reason"]);

        var coverage = (await _client.Data("query($p: ID!) { icbCoverage(icb: \"N53\", programmeId: $p) { practices rows { odsCode status } } }", new { p = programme }))["icbCoverage"]!;
        Assert.Equal(4, (int)coverage["practices"]!);
        Assert.Equal(["N51001"], coverage["rows"]!.AsArray().Select(r => (string)r!["odsCode"]!));
        var national = (await _client.Data("{ nationalCoverage { icbs { icbCode practices } } }"))["nationalCoverage"]!["icbs"]!.AsArray();
        Assert.DoesNotContain(national, i => (string?)i!["icbCode"] is "N51" or "N52");
        Assert.Equal(4, (int)national.Single(i => (string?)i!["icbCode"] == merged)!["practices"]!);

        // The alert went to the north ICB: its former practices, now in the merged ICB, still have to answer it.
        var alert = (await _client.Data("{ casAlert(reference: \"DSI/2026/051\") { practices { odsCode icbCode affected } } }"))["casAlert"]!["practices"]!.AsArray();
        Assert.Equal([("N51001", merged, true), ("N51002", merged, true)], alert.Select(p => ((string)p!["odsCode"]!, (string)p["icbCode"]!, (bool)p["affected"]!)));

        var again = (await _client.Data(Merge, new { from = new[] { north, south }, into = merged, on = "2026-04-01" }))["mergeIcbs"]!;
        Assert.Empty(again["moved"]!.AsArray());
        Assert.Single((await _client.Data("{ practice(odsCode: \"N52001\") { history { entries { action } } } }"))["practice"]!["history"]!["entries"]!.AsArray(),
            e => (string?)e!["action"] == "PRACTICE_MOVED_BY_ICB_MERGER");
    }

    [Fact]
    public async Task A_merger_in_the_future_or_into_itself_is_refused_naming_the_field()
    {
        var future = (await _client.Send(Merge, new { from = new[] { "N61" }, into = "N62", on = Iso(Samples.Today.AddDays(1)) })).Error("VALIDATION");
        Assert.Equal("effectiveOn", (string?)future["extensions"]!["field"]);
        var itself = (await _client.Send(Merge, new { from = new[] { "N61" }, into = "N61", on = "2026-04-01" })).Error("VALIDATION");
        Assert.Equal("into", (string?)itself["extensions"]!["field"]);
        var asIcb = await hub.Client(hub.Tokens.Icb("N61")).Send(Merge, new { from = new[] { "N61" }, into = "N62", on = "2026-04-01" });
        asIcb.Error("FORBIDDEN");
    }

    private Task<JsonArray> UntilPracticesAsync(string icb, int count) => Eventually.Get(
        async () => (await _client.Data("query($i: ID!) { practices(icb: $i) { odsCode } }", new { i = icb }))["practices"]!.AsArray(),
        list => list.Count == count, what: $"ICB {icb} listing {count} practices");

    private static string[] Strings(JsonNode list) => list.AsArray().Select(n => (string)n!).ToArray();
}
