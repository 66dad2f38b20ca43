using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Tests.Unit.Documents;

/// <summary>Files people (and other tools) actually make: rows without numbers, blank lines, far-away cells, closed hazards, broken files.</summary>
public sealed class HazardLogReaderTests
{
    private const string Heading = "Title,Initial severity,Initial likelihood,Description,Effect,Potential harm,Owner,Status";

    [Fact]
    public void A_workbook_whose_rows_carry_no_numbers_is_read_row_after_row()
    {
        // Some writers leave out the row and cell references (they are optional).
        var file = HazardLogReader.Read("streamed.xlsx", Workbook(
            (null, ["Title", "Initial severity", "Initial likelihood", "Description", "Effect", "Potential harm", "Owner"]),
            (null, ["First", "Major", "Low", "d", "e", "h", "CSO"]),
            (null, ["Second", "Minor", "Low", "d", "e", "h", "CSO"])));

        Assert.Equal([(2, "First"), (3, "Second")], file.Rows.Select(r => (r.Row, r.Title)));
        Assert.All(file.Rows, r => Assert.Empty(r.Problems));
    }

    [Fact]
    public void A_cell_addressed_beyond_any_template_column_is_ignored_not_filled_up_to()
    {
        var file = HazardLogReader.Read("wide.xlsx", Workbook(
            [(1, ["Title", "Initial severity", "Initial likelihood", "Description", "Effect", "Potential harm", "Owner"]),
             (2, ["Wide", "Major", "Low", "d", "e", "h", "CSO"])], extraCell: "ZZZZZZ2"));
        Assert.Equal("Wide", Assert.Single(file.Rows).Title);
    }

    [Fact]
    public void In_CSV_a_blank_line_keeps_the_rows_numbered_as_a_spreadsheet_shows_them_and_a_closed_hazard_is_left_out()
    {
        var file = HazardLogReader.Read("log.csv", Encoding.UTF8.GetBytes($"{Heading}\r\n\r\nOpen one,Major,Low,d,e,h,CSO,Open\r\nClosed one,Major,Low,d,e,h,CSO,Closed\r\n"));

        Assert.Equal([(3, "Open one", (string?)null), (4, "Closed one", "closed in the file")], file.Rows.Select(r => (r.Row, r.Title, r.Skipped)));
        Assert.False(file.HasProblems);
        Assert.Null(file.Rows[1].Hazard);
    }

    [Theory]
    [InlineData("log.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]
    [InlineData("log.xlsx", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })]
    [InlineData("log.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    public void A_file_that_is_not_a_readable_spreadsheet_is_refused_as_such(string name, byte[] content)
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => HazardLogReader.Read(name, content));
        Assert.Equal("file", refusal.Violations[0].Field);
        Assert.StartsWith("is not a spreadsheet", refusal.Violations[0].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_control_characters_is_refused_before_the_file_is_read()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => HazardLogReader.Read("log\u0007.csv", Encoding.UTF8.GetBytes(Heading)));
        Assert.Equal("fileName", refusal.Violations[0].Field);
    }

    [Fact]
    public void Text_no_document_can_carry_is_refused_where_it_is_typed()
    {
        var file = HazardLogReader.Read("log.csv", Encoding.UTF8.GetBytes($"{Heading}\r\n\"bad \uFFFF title\",Major,Low,d,e,h,CSO,Open\r\n"));
        Assert.Equal("Title", Assert.Single(Assert.Single(file.Rows).Problems).Field);

        // Half a surrogate pair can arrive through the API's JSON, never through a UTF-8 file.
        Assert.Equal(12, TextCharacters.FirstRefused("half a pair \uD83D here", multiline: false));
        Assert.Null(TextCharacters.FirstRefused("a whole pair \uD83D\uDE00 is a character", multiline: false));
    }

    // A workbook written with the SDK directly, so the test controls exactly what is (and is not) in it.
    private static byte[] Workbook(params (int? Number, string[] Cells)[] rows) => Workbook(rows, extraCell: null);

    private static byte[] Workbook((int? Number, string[] Cells)[] rows, string? extraCell)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row();
                if (number is { } n) row.RowIndex = (uint)n;
                foreach (var (text, i) in cells.Select((t, i) => (t, i)))
                {
                    var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };
                    if (number is { } at) cell.CellReference = $"{(char)('A' + i)}{at}";
                    row.Append(cell);
                }

                if (extraCell is not null && number == 2) row.Append(new Cell { CellReference = extraCell, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("far")) });
                data.Append(row);
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Hazard log" }));
        }

        return stream.ToArray();
    }
}
