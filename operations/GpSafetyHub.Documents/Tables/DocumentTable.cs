using System.Globalization;
using CsvHelper;
using GpSafetyHub.Documents.Spreadsheets;

namespace GpSafetyHub.Documents.Tables;

/// <summary>One column: its heading in a workbook and its name in CSV (which analysts' scripts read).</summary>
public sealed record TableColumn(string Heading, string CsvName, double Width = 16);

/// <summary>
/// A table of records as people take it away, one definition for both formats: a workbook with a
/// heading row, or CSV with a header line. In CSV a cell a spreadsheet would run as a formula (a
/// practice named "=HYPERLINK(…)") is written with a leading apostrophe, so it stays text; in the
/// workbook every text cell is text already.
/// </summary>
public sealed record DocumentTable(string Title, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)
{
    public DocumentFile As(TableFormat format, string fileStem) => format switch
    {
        TableFormat.Csv => new DocumentFile($"{fileStem}.csv", DocumentFile.Csv, Csv()),
        _ => new DocumentFile($"{fileStem}.xlsx", DocumentFile.Xlsx, new WorkbookBuilder()
            .Sheet(Title, [Columns.Select(c => SheetCell.Head(c.Heading)).ToArray(), .. Rows], [.. Columns.Select(c => c.Width)])
            .ToBytes()),
    };

    private byte[] Csv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var column in Columns) csv.WriteField(column.CsvName);
            csv.EndRecord();
            foreach (var row in Rows)
            {
                for (var i = 0; i < Columns.Count; i++) csv.WriteField(i < row.Count ? CsvText(row[i]) : "");
                csv.EndRecord();
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string CsvText(SheetCell cell) => cell switch
    {
        { Date: { } date } => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { Number: { } number } => number.ToString(CultureInfo.InvariantCulture),
        { Text: [ '=' or '+' or '-' or '@' or '\t' or '\r', ..] text } => "'" + text,
        _ => cell.Text ?? "",
    };
}
