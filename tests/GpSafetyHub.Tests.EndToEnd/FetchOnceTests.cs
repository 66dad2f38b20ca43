using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// A request that needs the same data in several places reads it once: who an alert concerns is
/// worked out from every ICB's estate, and selecting an alert's status and its practices, or the
/// status of every alert, reads each ICB's estate once, not once per field or per alert.
/// </summary>
public sealed class FetchOnceTests : IAsyncLifetime
{
    private static readonly string[] Icbs = ["QAA", "QBB", "QCC"];
    private const string First = "NATPSA/2026/801/NHSPS";
    private const string Second = "NATPSA/2026/802/NHSPS";

    private readonly AzuriteServer _azurite = new();
    private readonly GrainCallCounter _calls = new();
    private HubApp _app = null!;

    public async Task InitializeAsync()
    {
        await _azurite.StartAsync();
        _app = new HubApp(_azurite.ConnectionString, services: _calls.AddTo);
        var hub = _app.Client();
        var programme = UniqueIds.Programme("fetch-once");
        await hub.Data(Requests.CreateProgramme, new { input = Requests.Programme(programme) });
        await hub.Data(Requests.AddHazard, new { p = programme, h = Requests.Hazard(), why = "Workshop" });
        await hub.Data(Requests.Publish, new { p = programme, rev = 1, s = "Version 1" });
        for (var i = 0; i < Icbs.Length; i++) await hub.RegisterPracticeAsync($"M3000{i}", Icbs[i], $"lead.m3000{i}@nhs.net", null);
        await hub.JoinAsync(programme, "M30000");
        foreach (var reference in new[] { First, Second })
            await hub.Data("mutation($r: ID!, $a: CasAlertInput!) { recordCasAlert(reference: $r, alert: $a) { version } }", new
            {
                r = reference,
                a = new Dictionary<string, object?>
                {
                    ["type"] = "FIELD_SAFETY_NOTICE", ["originator"] = "MHRA", ["issuedOn"] = Iso(Samples.Today), ["title"] = "Fetch once",
                    ["summary"] = "Summary.", ["actionRequired"] = "Act.", ["programmeIds"] = new[] { programme }, ["csoEmail"] = "cso@nel.nhs.net",
                },
            });
    }

    [Fact]
    public async Task An_alert_s_status_and_practices_in_one_request_read_each_ICB_s_estate_once()
    {
        _calls.Reset();
        var data = await _app.Client().Data($"{{ casAlert(reference: \"{First}\") {{ status {{ affected }} practices {{ odsCode }} again: practices {{ icbCode }} }} }}");

        Assert.Equal(1, (int)data["casAlert"]!["status"]!["affected"]!);
        Assert.Equal(Icbs.Length, _calls["IIcbEstateGrain.Coverage"]);
        Assert.Equal(1, _calls["ICasAlertGrain.Records"]);
    }

    [Fact]
    public async Task Every_alert_s_status_in_one_request_reads_each_ICB_s_estate_once()
    {
        _calls.Reset();
        var data = await _app.Client().Data("{ casAlerts { reference status { affected } } }");

        Assert.Equal([1, 1], data["casAlerts"]!.AsArray().Select(a => (int)a!["status"]!["affected"]!));
        Assert.Equal(Icbs.Length, _calls["IIcbEstateGrain.Coverage"]);
        Assert.Equal(2, _calls["ICasAlertGrain.Records"]);
    }

    [Fact]
    public async Task A_change_in_the_request_is_seen_by_what_the_request_reads_after_it()
    {
        // Mutations run in turn; each one's result is read after it, never from an answer kept before it.
        var asPractice = _app.Client(_app.Tokens.Mint(["practice"], ["M30000"], "Practice lead"));
        var data = await asPractice.Data($$"""
            mutation {
              before: acknowledgeCasAlert(reference: "{{Second}}", odsCode: "M30000") { alert { status { acknowledged actionComplete } } }
              after: respondToCasAlert(reference: "{{Second}}", odsCode: "M30000", response: { outcome: ACTION_COMPLETE, details: "Done." }) { alert { status { acknowledged actionComplete } } }
            }
            """);

        Assert.Equal((1, 0), ((int)data["before"]!["alert"]!["status"]!["acknowledged"]!, (int)data["before"]!["alert"]!["status"]!["actionComplete"]!));
        Assert.Equal((0, 1), ((int)data["after"]!["alert"]!["status"]!["acknowledged"]!, (int)data["after"]!["alert"]!["status"]!["actionComplete"]!));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.StopAsync();
    }
}
