using System.Text.Json.Nodes;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// Re-registering a practice merges: what a row leaves out keeps its value, clearing is an explicit
/// act recorded with the value removed, and the report says what each updated row changed.
/// </summary>
public sealed class PracticeRegistrationTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Register = """
        mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) {
          created updated unchanged refused { row odsCode violations { field rule } } changes { row odsCode fields { field old new } } } }
        """;

    private const string Import = """
        mutation($csv: String!) { importPracticesCsv(csv: $csv) {
          created updated unchanged refused { row odsCode violations { field rule } } changes { row odsCode fields { field old new } } } }
        """;

    private const string Read = "query($o: ID!) { practice(odsCode: $o) { name icbCode contacts { safetyLeadName safetyLeadEmail casContactEmail casContactMobile practiceManagerEmail } history { entries { action summary } } } }";

    private static int _next;

    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task A_row_without_contacts_keeps_them_and_a_rename_is_reported_with_old_and_new()
    {
        var ods = await RegisteredWithEveryContactAsync();

        var same = await RegisterAsync(new { odsCode = ods, name = "Riverside Medical Centre", icbCode = "QHM" });
        Assert.Equal([ods], Codes(same, "unchanged"));

        var renamed = await RegisterAsync(new { odsCode = ods, name = "Riverside Health Centre" });
        Assert.Equal([ods], Codes(renamed, "updated"));
        var change = Assert.Single(renamed["changes"]!.AsArray());
        Assert.Equal((1, ods), ((int)change!["row"]!, (string)change["odsCode"]!));
        Assert.Equal([("name", "Riverside Medical Centre", "Riverside Health Centre")], Fields(change));

        var practice = await ReadAsync(ods);
        Assert.Equal("Riverside Health Centre", (string?)practice["name"]);
        AssertEveryContactKept(practice["contacts"]!);
    }

    [Fact]
    public async Task Clearing_is_explicit_and_history_keeps_the_value_removed()
    {
        var ods = await RegisteredWithEveryContactAsync();

        var cleared = await RegisterAsync(new { odsCode = ods, clear = new[] { "CAS_CONTACT_MOBILE", "PCN_CODE" } });
        Assert.Equal([("pcnCode", "U12345", null), ("casContactMobile", "07700 900123", null)], Fields(Assert.Single(cleared["changes"]!.AsArray())!));

        var practice = await ReadAsync(ods);
        Assert.Null((string?)practice["contacts"]!["casContactMobile"]);
        Assert.Equal("cas@riverside.nhs.net", (string?)practice["contacts"]!["casContactEmail"]);
        var latest = practice["history"]!["entries"]![0]!;
        Assert.Equal("PRACTICE_UPDATED", (string?)latest["action"]);
        Assert.Equal("Cleared pcnCode (was U12345); cleared casContactMobile (was 07700 900123).", (string?)latest["summary"]);

        var both = await RegisterAsync(new { odsCode = ods, casContactEmail = "new.cas@riverside.nhs.net", clear = new[] { "CAS_CONTACT_EMAIL" } });
        Assert.Equal(("practice.casContactEmail", "is both given and cleared: give a new value or clear it, not both"), Violation(both));

        // Clearing the CAS e-mail while a CAS mobile remains would leave a mobile with nobody to e-mail.
        var emailOnly = await RegisterAsync(new { odsCode = ods, casContactMobile = "07700 900456" });
        Assert.Equal([ods], Codes(emailOnly, "updated"));
        var orphan = await RegisterAsync(new { odsCode = ods, clear = new[] { "CAS_CONTACT_EMAIL" } });
        Assert.Equal("practice.casContactEmail", Violation(orphan).Field);
        Assert.Equal("cas@riverside.nhs.net", (string?)(await ReadAsync(ods))["contacts"]!["casContactEmail"]);
    }

    [Fact]
    public async Task A_new_practice_needs_a_name_and_an_ICB()
    {
        var ods = NextOds();
        var refused = await RegisterAsync(new { odsCode = ods, casContactEmail = "cas@new.nhs.net" });
        var violations = refused["refused"]![0]!["violations"]!.AsArray().Select(v => (string)v!["field"]!).ToArray();
        Assert.Equal(["practice.name", "practice.icbCode"], violations);
        (await _client.Send("query($o: ID!) { practice(odsCode: $o) { name } }", new { o = ods })).Error("NOT_FOUND");
    }

    [Fact]
    public async Task A_CSV_without_the_contact_columns_keeps_them_and_its_clear_column_empties_what_it_names()
    {
        var ods = await RegisteredWithEveryContactAsync();

        var without = (await _client.Data(Import, new { csv = $"ods_code,name,icb_code\n{ods},Riverside Medical Centre,QHM\n" }))["importPracticesCsv"]!;
        Assert.Equal([ods], Codes(without, "unchanged"));
        AssertEveryContactKept((await ReadAsync(ods))["contacts"]!);

        var blankCells = (await _client.Data(Import, new { csv = $"ods_code,name,icb_code,cas_contact_email,practice_manager_email\r\n{ods},,,,\r\n" }))["importPracticesCsv"]!;
        Assert.Equal([ods], Codes(blankCells, "unchanged"));

        var clear = (await _client.Data(Import, new { csv = $"ods_code,name,icb_code,clear\n{ods},Riverside Medical Centre,QHM,practice_manager_email; safety_lead_name safety_lead_email\n" }))["importPracticesCsv"]!;
        Assert.Equal(
            [("safetyLeadName", "Dr Grace Hopper", null), ("safetyLeadEmail", "lead@riverside.nhs.net", null), ("practiceManagerEmail", "manager@riverside.nhs.net", null)],
            Fields(Assert.Single(clear["changes"]!.AsArray())!));
        var contacts = (await ReadAsync(ods))["contacts"]!;
        Assert.Null((string?)contacts["practiceManagerEmail"]);
        Assert.Equal("cas@riverside.nhs.net", (string?)contacts["casContactEmail"]);

        var badClear = (await _client.Data(Import, new { csv = $"ods_code,name,icb_code,clear\n{ods},,,name\n" }))["importPracticesCsv"]!;
        Assert.Equal("practice.clear", Violation(badClear).Field);
        Assert.Contains("always keeps its name and ICB", Violation(badClear).Rule, StringComparison.Ordinal);
    }

    private async Task<string> RegisteredWithEveryContactAsync()
    {
        var ods = NextOds();
        var created = await RegisterAsync(new
        {
            odsCode = ods, name = "Riverside Medical Centre", icbCode = "QHM", pcnCode = "U12345",
            safetyLeadName = "Dr Grace Hopper", safetyLeadEmail = "lead@riverside.nhs.net",
            casContactEmail = "cas@riverside.nhs.net", casContactMobile = "07700 900123", practiceManagerEmail = "manager@riverside.nhs.net",
        });
        Assert.Equal([ods], Codes(created, "created"));
        return ods;
    }

    private static void AssertEveryContactKept(JsonNode contacts) => Assert.Equal(
        ("Dr Grace Hopper", "lead@riverside.nhs.net", "cas@riverside.nhs.net", "07700 900123", "manager@riverside.nhs.net"),
        ((string?)contacts["safetyLeadName"], (string?)contacts["safetyLeadEmail"], (string?)contacts["casContactEmail"],
            (string?)contacts["casContactMobile"], (string?)contacts["practiceManagerEmail"]));

    private async Task<JsonNode> RegisterAsync(object row) => (await _client.Data(Register, new { rows = new[] { row } }))["registerPractices"]!;

    private async Task<JsonNode> ReadAsync(string ods) => (await _client.Data(Read, new { o = ods }))["practice"]!;

    private static string[] Codes(JsonNode report, string list) => report[list]!.AsArray().Select(c => (string)c!).ToArray();

    private static (string, string?, string?)[] Fields(JsonNode change) =>
        change["fields"]!.AsArray().Select(f => ((string)f!["field"]!, (string?)f["old"], (string?)f["new"])).ToArray();

    private static (string Field, string Rule) Violation(JsonNode report)
    {
        var violation = report["refused"]![0]!["violations"]![0]!;
        return ((string)violation["field"]!, (string)violation["rule"]!);
    }

    private static string NextOds() => $"R{Interlocked.Increment(ref _next) + 40000:D5}";
}
