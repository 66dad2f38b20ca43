using System.Text;
using GpSafetyHub.Documents.Spreadsheets;
using GpSafetyHub.Documents.Tables;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Unit.Documents;

/// <summary>One table, taken away as a workbook or as CSV: the same values, and user text that stays text.</summary>
public sealed class DocumentTableTests
{
    private static readonly DocumentTable Table = new(
        "Coverage QMF",
        [new("ODS code", "ods_code"), new("Practice", "practice"), new("Hazards", "hazards"), new("Next review", "next_review_date")],
        [
            ["Z90000", "=HYPERLINK(\"http://evil.example\")", SheetCell.Of(3), SheetCell.Of(new DateOnly(2027, 3, 31))],
            ["Z90001", "+44 Surgery", SheetCell.Of(0), SheetCell.Empty],
            ["Z90002", "@risk, \"quoted\" practice", SheetCell.Of(12), SheetCell.Of(new DateOnly(2026, 12, 1))],
        ]);

    [Fact]
    public void As_CSV_the_header_names_the_columns_and_text_a_spreadsheet_would_run_is_kept_as_text()
    {
        var file = Table.As(TableFormat.Csv, "coverage-QMF");

        Assert.Equal("coverage-QMF.csv", file.FileName);
        var lines = Encoding.UTF8.GetString(file.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "ods_code,practice,hazards,next_review_date",
            "Z90000,\"'=HYPERLINK(\"\"http://evil.example\"\")\",3,2027-03-31",
            "Z90001,'+44 Surgery,0,",
            "Z90002,\"'@risk, \"\"quoted\"\" practice\",12,2026-12-01",
        ], lines);
    }

    [Fact]
    public void As_a_workbook_the_same_rows_come_back_with_no_formula_anywhere()
    {
        var file = Table.As(TableFormat.Xlsx, "coverage-QMF");

        Assert.Equal("coverage-QMF.xlsx", file.FileName);
        Assert.Empty(Workbooks.ValidationErrors(file.Content));
        Assert.False(Workbooks.HasFormula(file.Content));
        var sheet = Workbooks.Sheets(file.Content)["Coverage QMF"];
        Assert.Equal(["ODS code", "Practice", "Hazards", "Next review"], sheet[0]);
        Assert.Equal(["Z90000", "=HYPERLINK(\"http://evil.example\")", "3", "2027-03-31"], sheet[1]);
        Assert.Equal(["Z90001", "+44 Surgery", "0"], sheet[2]);
    }
}
