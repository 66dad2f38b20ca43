using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GpSafetyHub.Documents.Spreadsheets;

/// <summary>
/// Writes an XLSX workbook sheet by sheet. Text goes in as inline strings, so nothing a person typed
/// (a title starting with "=", say) is ever evaluated as a formula; dates are real dates, shown as
/// "31 Mar 2027"; headings are bold.
/// </summary>
public sealed class WorkbookBuilder
{
    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrappedStyle = 3;

    private readonly List<(string Name, IReadOnlyList<IReadOnlyList<SheetCell>> Rows, IReadOnlyList<double> Widths)> _sheets = [];

    /// <summary>Adds a sheet; <paramref name="widths"/> are column widths in characters (the rest take the default).</summary>
    public WorkbookBuilder Sheet(string name, IEnumerable<IReadOnlyList<SheetCell>> rows, params double[] widths)
    {
        _sheets.Add((name, rows.ToArray(), widths));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows, widths) in _sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = Worksheet(rows, widths);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(IReadOnlyList<IReadOnlyList<SheetCell>> rows, IReadOnlyList<double> widths)
    {
        var worksheet = new Worksheet();
        if (widths.Count > 0)
            worksheet.Append(new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Count; c++)
                if (Cell(rows[r][c], $"{ColumnName(c)}{r + 1}") is { } cell) row.Append(cell);
            data.Append(row);
        }

        worksheet.Append(data);
        return worksheet;
    }

    private static Cell? Cell(SheetCell value, string reference) => value switch
    {
        { Date: { } date } => new Cell
        {
            CellReference = reference, StyleIndex = DateStyle,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        },
        { Number: { } number } => new Cell { CellReference = reference, CellValue = new CellValue(number), DataType = CellValues.Number },
        { Text: { Length: > 0 } text } => new Cell
        {
            CellReference = reference, DataType = CellValues.InlineString, StyleIndex = value.Heading ? BoldStyle : WrappedStyle,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        },
        _ => null,
    };

    /// <summary>A, B, … Z, AA, AB, …: the column's letters for the zero-based index.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    // The fonts, fills, borders and formats the cells above name by index: normal, bold heading, date, wrapped text.
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d mmm yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }) { Count = 4 });
}
