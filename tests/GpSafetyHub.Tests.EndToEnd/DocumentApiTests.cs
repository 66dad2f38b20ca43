using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>The documents as the API serves them: the same files as the web pages' downloads.</summary>
public sealed class DocumentApiTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task The_draft_hazard_log_comes_as_a_valid_workbook_marked_as_draft_with_the_hazards_as_they_stand()
    {
        var client = hub.Client();
        var id = UniqueIds.Programme("doc");
        await client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        await client.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard(), why = "Workshop" });
        await client.Data(Requests.Publish, new { p = id, rev = 1, s = "Version 1" });
        var revised = Requests.Hazard(title: "=1+1 note saved to the wrong patient");
        await client.Data(Requests.ReviseHazard, new { p = id, id = "H-001", rev = 1, h = revised, why = "Reworded" });

        var document = (await client.Data("query($p: ID!) { hazardLogSpreadsheet(programmeId: $p) { fileName contentType contentBase64 } }", new { p = id }))["hazardLogSpreadsheet"]!;
        Assert.Equal($"hazard-log-{id}-draft.xlsx", (string?)document["fileName"]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (string?)document["contentType"]);
        var bytes = Convert.FromBase64String((string)document["contentBase64"]!);
        Assert.Empty(Workbooks.ValidationErrors(bytes));
        Assert.False(Workbooks.HasFormula(bytes));
        var log = Workbooks.Sheets(bytes)["Hazard log"];
        Assert.Contains(["Version", "DRAFT (revision 2): not published, not signed off"], log);
        Assert.Contains(log, r => r.Count > 2 && r[0] == "H-001" && r[1] == "=1+1 note saved to the wrong patient");
        Assert.Equal("1", Workbooks.Sheets(bytes)["Versions"][1][0]);

        (await client.Send("query($p: ID!) { hazardLogSpreadsheet(programmeId: $p, version: 2) { fileName } }", new { p = id })).Error("NOT_FOUND");
    }
}
