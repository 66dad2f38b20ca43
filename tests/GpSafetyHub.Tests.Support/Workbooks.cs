using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace GpSafetyHub.Tests.Support;

/// <summary>Reads a generated XLSX back the way a spreadsheet would show it, independently of the code that wrote it.</summary>
public static class Workbooks
{
    /// <summary>What the Open XML SDK's validator finds wrong with the file (nothing, for a valid one).</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
    }

    /// <summary>Each sheet, by name, as rows of cell text: dates as yyyy-MM-dd, numbers as written, empty cells as "".</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Sheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var dateStyles = DateStyles(workbook);
        var sheets = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = part.Worksheet.Descendants<Row>().Select(row => Cells(row, dateStyles)).ToArray();
        }

        return sheets;
    }

    /// <summary>Whether any cell of any sheet holds a formula.</summary>
    public static bool HasFormula(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return document.WorkbookPart!.WorksheetParts.Any(p => p.Worksheet.Descendants<CellFormula>().Any());
    }

    private static IReadOnlyList<string> Cells(Row row, HashSet<uint> dateStyles)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference!.Value!);
            while (cells.Count < column) cells.Add("");
            cells.Add(Text(cell, dateStyles));
        }

        return cells;
    }

    private static string Text(Cell cell, HashSet<uint> dateStyles)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString!.InnerText;
        var value = cell.CellValue?.Text ?? "";
        return cell.StyleIndex is { } style && dateStyles.Contains(style.Value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value;
    }

    // The cell formats whose number format shows a date (built-in 14-22, or a custom one with d, m and y).
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains('d') && code.Contains('y'))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToArray() ?? [];
        return Enumerable.Range(0, formats.Length)
            .Where(i => formats[i].NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 || custom.Contains(id)))
            .Select(i => (uint)i).ToHashSet();
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }
}
