using System.Text;
using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Hazards brought in from a spreadsheet a CSO already keeps, or from another programme's version: previewed, then imported, each with its source.</summary>
public sealed class HazardLogImportApiTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string HazardFields = "id title description effect potentialHarm causes initialRisk { severity likelihood justification } controls { description type state evidence owner } residualRisk { severity likelihood justification } status owner reviewDate";

    [Fact]
    public async Task An_exported_version_imported_into_a_new_programme_and_published_has_the_same_hazards()
    {
        var client = hub.Client();
        var source = await ProgrammeAsync(client, "src");
        var second = Requests.Hazard(title: "Dose transcribed wrongly", residualLikelihood: "LOW", justification: "Clinician confirms every dose.");
        second["controls"] = new object[]
        {
            new { description = "Doses highlighted", type = "SYSTEM_DESIGN", state = "EXISTING", evidence = "Release notes 2.3", owner = "Supplier" },
            new { description = "Read back doses", type = "BUSINESS_PROCESS", state = "ADDITIONAL" },
        };
        await client.Data(Requests.AddHazard, new { p = source, h = second, why = "Workshop" });
        await client.Data(Requests.Publish, new { p = source, rev = 2, s = "Version 1" });
        var file = (await client.Data("query($p: ID!) { hazardLogSpreadsheet(programmeId: $p, version: 1) { fileName contentBase64 } }", new { p = source }))["hazardLogSpreadsheet"]!;

        var target = await ProgrammeAsync(client, "dst", hazard: false);
        var preview = (await client.Data("query($p: ID!, $f: String!, $c: String!) { hazardLogImportPreview(programmeId: $p, fileName: $f, contentBase64: $c) { ready rows { row title becomesHazardId problems { field rule } } } }",
            new { p = target, f = (string)file["fileName"]!, c = (string)file["contentBase64"]! }))["hazardLogImportPreview"]!;
        Assert.True((bool)preview["ready"]!);
        Assert.Equal(["H-001", "H-002"], preview["rows"]!.AsArray().Select(r => (string?)r!["becomesHazardId"]));
        Assert.Empty((await HazardsAsync(client, target)).AsArray()); // a preview changes nothing

        var imported = await client.Data("mutation($p: ID!, $f: String!, $c: String!) { importHazardLog(programmeId: $p, fileName: $f, contentBase64: $c) { id } }",
            new { p = target, f = (string)file["fileName"]!, c = (string)file["contentBase64"]! });
        Assert.Equal(["H-001", "H-002"], imported["importHazardLog"]!.AsArray().Select(h => (string?)h!["id"]));
        await client.Data(Requests.Publish, new { p = target, rev = 2, s = "Imported" });
        Assert.Equal((await HazardsAsync(client, source)).ToJsonString(), (await HazardsAsync(client, target)).ToJsonString());

        var history = await client.Data("query($p: ID!) { history(programmeId: $p) { entries { hazardId reason } } }", new { p = target });
        var reasons = history["history"]!["entries"]!.AsArray().Where(e => (string?)e!["hazardId"] == "H-002").Select(e => (string?)e!["reason"]);
        Assert.Equal([$"Imported from {(string)file["fileName"]!}, row 13"], reasons);

        // The same file again: nothing added twice.
        await client.Data("mutation($p: ID!, $f: String!, $c: String!) { importHazardLog(programmeId: $p, fileName: $f, contentBase64: $c) { id } }",
            new { p = target, f = (string)file["fileName"]!, c = (string)file["contentBase64"]! });
        Assert.Equal(2, (await HazardsAsync(client, target)).AsArray().Count);
    }

    [Fact]
    public async Task Each_refused_row_is_named_by_row_and_column_and_nothing_is_imported()
    {
        var client = hub.Client();
        var target = await ProgrammeAsync(client, "bad", hazard: false);
        var csv = string.Join("\r\n",
            "title , INITIAL severity,Initial Likelihood,description,effect,potential harm,owner,controls",
            "Wrong word,Huge,Low,d,e,h,CSO,",
            ",Major,Low,d,e,h,CSO,",
            "Odd control,Major,Low,d,e,h,CSO,\"Banner on drafts (Magic, Existing)\"",
            "Fine,Minor,Low,d,e,h,CSO,\"Banner on drafts (System design, Existing)\"");
        var content = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));

        var preview = (await client.Data("query($p: ID!, $c: String!) { hazardLogImportPreview(programmeId: $p, fileName: \"log.csv\", contentBase64: $c) { ready rows { row becomesHazardId problems { field rule } } } }",
            new { p = target, c = content }))["hazardLogImportPreview"]!;
        Assert.False((bool)preview["ready"]!);
        var rows = preview["rows"]!.AsArray();
        Assert.Equal([2, 3, 4, 5], rows.Select(r => (int)r!["row"]!));
        Assert.Equal(("Initial severity", "must be one of Minor, Significant, Considerable, Major, Catastrophic; was \"Huge\""), Problem(rows[0]!));
        Assert.Equal(("Title", "is required"), Problem(rows[1]!));
        Assert.Equal("Controls", Problem(rows[2]!).Field);
        Assert.Contains("was \"Banner on drafts (Magic, Existing)\"", Problem(rows[2]!).Rule, StringComparison.Ordinal);
        Assert.Equal("H-001", (string?)rows[3]!["becomesHazardId"]);

        var refusal = (await client.Send("mutation($p: ID!, $c: String!) { importHazardLog(programmeId: $p, fileName: \"log.csv\", contentBase64: $c) { id } }", new { p = target, c = content })).Error("VALIDATION");
        Assert.Contains("row 3: Title is required", (string)refusal["message"]!, StringComparison.Ordinal);
        Assert.Empty((await HazardsAsync(client, target)).AsArray());
    }

    [Fact]
    public async Task The_hub_s_own_export_with_a_closed_hazard_imports_leaving_the_closed_one_out()
    {
        var client = hub.Client();
        var source = await ProgrammeAsync(client, "closed");
        await client.Data(Requests.AddHazard, new { p = source, h = Requests.Hazard(title: "Withdrawn feature"), why = "Workshop" });
        await client.Data("mutation($p: ID!) { closeHazard(programmeId: $p, hazardId: \"H-002\", expectedRevision: 1, reason: \"Feature withdrawn\") { id } }", new { p = source });
        await client.Data(Requests.Publish, new { p = source, rev = 3, s = "Version 1" });
        var content = (string)(await client.Data("query($p: ID!) { hazardLogSpreadsheet(programmeId: $p, version: 1) { contentBase64 } }", new { p = source }))["hazardLogSpreadsheet"]!["contentBase64"]!;

        var target = await ProgrammeAsync(client, "closed-in", hazard: false);
        var preview = (await client.Data("query($p: ID!, $c: String!) { hazardLogImportPreview(programmeId: $p, fileName: \"log.xlsx\", contentBase64: $c) { ready rows { title becomesHazardId skipped } } }",
            new { p = target, c = content }))["hazardLogImportPreview"]!;
        Assert.True((bool)preview["ready"]!);
        Assert.Equal(
            [("Note saved to the wrong patient", "H-001", null), ("Withdrawn feature", null, "closed in the file")],
            preview["rows"]!.AsArray().Select(r => ((string?)r!["title"], (string?)r["becomesHazardId"], (string?)r["skipped"])));
        var imported = await client.Data("mutation($p: ID!, $c: String!) { importHazardLog(programmeId: $p, fileName: \"log.xlsx\", contentBase64: $c) { title } }", new { p = target, c = content });
        Assert.Equal(["Note saved to the wrong patient"], imported["importHazardLog"]!.AsArray().Select(h => (string?)h!["title"]));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_or_is_too_large_is_refused_in_words()
    {
        var client = hub.Client();
        var target = await ProgrammeAsync(client, "nosheet", hazard: false);
        async Task<string> RuleAsync(string fileName, byte[] bytes) =>
            (string)(await client.Send("query($p: ID!, $f: String!, $c: String!) { hazardLogImportPreview(programmeId: $p, fileName: $f, contentBase64: $c) { ready } }",
                new { p = target, f = fileName, c = Convert.ToBase64String(bytes) })).Error("VALIDATION")["message"]!;

        Assert.Contains("file is not a spreadsheet", await RuleAsync("log.xlsx", Encoding.UTF8.GetBytes("just some text")), StringComparison.Ordinal);
        Assert.Contains("file is not a spreadsheet", await RuleAsync("log.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), StringComparison.Ordinal);
        Assert.Contains("file is larger than 700 KB", await RuleAsync("log.csv", new byte[(700 * 1024) + 1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programme_started_from_another_s_version_carries_its_open_hazards_with_their_source_and_a_retry_adds_nothing_twice()
    {
        var client = hub.Client();
        var source = await ProgrammeAsync(client, "lib");
        await client.Data(Requests.AddHazard, new { p = source, h = Requests.Hazard(title: "Closed before publishing"), why = "Workshop" });
        await client.Data("mutation($p: ID!) { closeHazard(programmeId: $p, hazardId: \"H-002\", expectedRevision: 1, reason: \"Not relevant\") { id } }", new { p = source });
        await client.Data(Requests.Publish, new { p = source, rev = 3, s = "Version 1" });

        var id = UniqueIds.Programme("copy");
        const string Start = "mutation($input: CreateProgrammeInput!, $s: ID!) { startProgrammeFrom(input: $input, sourceProgrammeId: $s, sourceVersion: 1) { id hazards { id title } } }";
        var started = (await client.Data(Start, new { input = Requests.Programme(id), s = source }))["startProgrammeFrom"]!;
        Assert.Equal([("H-001", "Note saved to the wrong patient")], started["hazards"]!.AsArray().Select(h => ((string?)h!["id"], (string?)h["title"])));
        var history = await client.Data("query($p: ID!) { history(programmeId: $p) { entries { hazardId reason } } }", new { p = id });
        Assert.Contains($"Imported from {source} version 1, H-001", history["history"]!["entries"]!.AsArray().Select(e => (string?)e!["reason"]));

        var again = (await client.Data(Start, new { input = Requests.Programme(id), s = source }))["startProgrammeFrom"]!;
        Assert.Single(again["hazards"]!.AsArray());
        var other = Requests.Programme(id, reviewDate: "2027-07-31");
        (await client.Send(Start, new { input = other, s = source })).Error("CONFLICT");
    }

    private static (string Field, string Rule) Problem(JsonNode row) =>
        ((string)row["problems"]![0]!["field"]!, (string)row["problems"]![0]!["rule"]!);

    private static async Task<string> ProgrammeAsync(GraphQLClient client, string prefix, bool hazard = true)
    {
        var id = UniqueIds.Programme(prefix);
        await client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        if (hazard) await client.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard(), why = "Workshop" });
        return id;
    }

    private static async Task<JsonNode> HazardsAsync(GraphQLClient client, string id) =>
        (await client.Data($"query($p: ID!) {{ programme(id: $p) {{ hazards {{ {HazardFields} }} }} }}", new { p = id }))["programme"]!["hazards"]!;
}
