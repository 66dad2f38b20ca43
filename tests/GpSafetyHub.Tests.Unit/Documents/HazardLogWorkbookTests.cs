using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Unit.Documents;

/// <summary>The hazard log workbook, read back with the Open XML SDK as a spreadsheet would show it.</summary>
public sealed class HazardLogWorkbookTests
{
    private static ProgrammeView Programme => DocumentSamples.Programme;

    private static PublishedVersion Published => DocumentSamples.Published;

    [Fact]
    public void A_published_version_is_a_valid_workbook_in_the_template_s_columns_with_ratings_read_off_the_matrix()
    {
        var file = HazardLogWorkbook.For(Programme, Published);

        Assert.Equal("hazard-log-ai-scribe-v1.xlsx", file.FileName);
        Assert.Empty(Workbooks.ValidationErrors(file.Content));
        var log = Workbooks.Sheets(file.Content)["Hazard log"];
        Assert.Equal(["Hazard log", "AI scribe — London"], log[0]);
        Assert.Contains(["Version", "1"], log);
        Assert.Contains(["Published", "2026-11-02"], log);
        Assert.Contains(["Signed off by", "Dr Ada Lovelace, Clinical Safety Officer (GMC 1234567)"], log);
        var header = log.First(r => r.Count > 0 && r[0] == "Hazard ID");
        var row = Row(log, header, "H-001");
        // DCB0160's matrix: major × medium is 3 before the controls; major × very low is 2 after them.
        Assert.Equal(("Major", "Medium", "3", "Seen in pilot."), (row["Initial severity"], row["Initial likelihood"], row["Initial rating"], row["Initial justification"]));
        Assert.Equal(("Major", "Very low", "2"), (row["Residual severity"], row["Residual likelihood"], row["Residual rating"]));
        Assert.Equal("Two records open\nShared workstation", row["Causes"]);
        Assert.Equal(("Open", "Programme CSO", "2027-03-31", "2026-10-01"), (row["Status"], row["Owner"], row["Review date"], row["Date added"]));
        Assert.Equal("Patient banner on every draft (System design, Existing)\nRead-back before filing (Business process, Additional)", row["Controls"]);
        Assert.Equal(("Closed", "Withdrawn feature"), (Row(log, header, "H-002")["Status"], Row(log, header, "H-002")["Closed because"]));

        var controls = Workbooks.Sheets(file.Content)["Controls"];
        Assert.Equal(["Hazard ID", "Control", "Type", "State", "Evidence", "Owner"], controls[0]);
        Assert.Equal(["H-001", "Patient banner on every draft", "System design", "Existing", "TR-12", "Supplier"], controls[1]);
        Assert.Equal(["H-001", "Read-back before filing", "Business process", "Additional"], controls[2]);
        var versions = Workbooks.Sheets(file.Content)["Versions"];
        Assert.Equal(["1", "2026-11-02", "Dr Ada Lovelace", "Dr Ada Lovelace", "Clinical Safety Officer", "GMC 1234567", "Fit for deployment.", "First version"], versions[1]);
    }

    [Fact]
    public void The_risk_matrix_sheet_is_the_standard_s_five_by_five_with_its_acceptability_words()
    {
        var matrix = Workbooks.Sheets(HazardLogWorkbook.For(Programme, Published).Content)["Risk matrix"];
        Assert.Equal(["Severity \\ likelihood", "Very low", "Low", "Medium", "High", "Very high"], matrix[0]);
        Assert.Equal(["Catastrophic", "3", "4", "4", "5", "5"], matrix[1]);
        Assert.Equal(["Minor", "1", "1", "2", "2", "3"], matrix[5]);
        Assert.Equal(["5", "Unacceptable level of risk."], matrix.Single(r => r.Count == 2 && r[0] == "5"));
    }

    [Fact]
    public void The_draft_is_marked_as_a_draft_and_holds_the_hazards_as_they_stand()
    {
        var file = HazardLogWorkbook.For(Programme, null);

        Assert.Equal("hazard-log-ai-scribe-draft.xlsx", file.FileName);
        Assert.Empty(Workbooks.ValidationErrors(file.Content));
        Assert.Contains(["Version", "DRAFT (revision 4): not published, not signed off"], Workbooks.Sheets(file.Content)["Hazard log"]);
    }

    [Fact]
    public void A_title_written_as_a_formula_comes_out_as_the_text_typed()
    {
        var file = HazardLogWorkbook.For(Programme, Published);
        var log = Workbooks.Sheets(file.Content)["Hazard log"];

        Assert.False(Workbooks.HasFormula(file.Content));
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"click\")", Row(log, log.First(r => r.Count > 0 && r[0] == "Hazard ID"), "H-002")["Title"]);
    }

    private static Dictionary<string, string> Row(IReadOnlyList<IReadOnlyList<string>> sheet, IReadOnlyList<string> header, string id)
    {
        var row = sheet.Single(r => r.Count > 0 && r[0] == id);
        return header.Select((name, i) => (name, value: i < row.Count ? row[i] : "")).ToDictionary(c => c.name, c => c.value);
    }
}
