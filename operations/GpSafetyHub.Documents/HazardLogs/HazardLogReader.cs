using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Documents.HazardLogs;

/// <summary>
/// Reads a hazard log a CSO already keeps (XLSX or CSV in the NHS template's columns, as
/// <see cref="HazardLogWorkbook"/> writes them) into hazards, row by row. Headings match however
/// they are spaced or capitalised; a workbook's "Controls" sheet gives each hazard's controls, or
/// else its "Controls" cell does, one per line as "What is done (Type, State)".
/// </summary>
public static class HazardLogReader
{
    /// <summary>The largest file taken: a few thousand hazards, and under the API's request limit once base64-encoded.</summary>
    public const int MaxBytes = 700 * 1024;
    public const int MaxRows = 1000;

    // The widest a template needs: columns past this are not read (a cell addressed far to the right cannot make the reader fill memory).
    private const int MaxColumns = 64;

    // An uploaded workbook's parts are zipped: a small file can hold a huge sheet, so each part is read only up to this size.
    private const long MaxCharactersInPart = 20_000_000;

    public static HazardLogFile Read(string fileName, byte[] content)
    {
        fileName = Path.GetFileName(fileName ?? "").Trim();
        if (fileName.Length is 0 or > 255 || TextCharacters.FirstRefused(fileName, multiline: false) is not null)
            throw new ValidationFailedException("fileName", "must be the file's name, up to 255 characters, with no control characters");
        if (content.Length > MaxBytes) throw new ValidationFailedException("file", $"is larger than {MaxBytes / 1024} KB: split the log, or remove images and formatting");
        var table = content is [0x50, 0x4B, 0x03, 0x04, ..] ? Workbook(content)
            : fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Csv(content)
            : throw new ValidationFailedException("file", "is not a spreadsheet: give an XLSX workbook or a CSV file in the NHS hazard log template's columns");
        if (table.Rows.Count > MaxRows) throw new ValidationFailedException("file", $"has more than {MaxRows} hazards: split it into smaller files");
        var digest = Convert.ToHexString(SHA256.HashData(content))[..16];
        return new HazardLogFile(fileName, digest, table.Rows.Select(r => Row(r.Number, r.Cells, table.Controls)).ToArray());
    }

    private sealed record Table(IReadOnlyList<(int Number, Dictionary<string, string> Cells)> Rows, ILookup<string, HazardControl>? Controls);

    private static HazardLogRow Row(int number, Dictionary<string, string> cells, ILookup<string, HazardControl>? controlSheet)
    {
        string? Cell(string heading) => cells.TryGetValue(Key(heading), out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var problems = new List<FieldViolation>();
        T? Word<T>(string heading)
            where T : struct, Enum
        {
            if (Cell(heading) is not { } given) return null;
            if (Words<T>().TryGetValue(Key(given), out var value)) return value;
            problems.Add(new FieldViolation(heading, $"must be one of {string.Join(", ", Enum.GetValues<T>().Select(v => HazardLogWorkbook.Words(v)))}; was \"{given}\""));
            return null;
        }

        RiskAssessment? Risk(string stage)
        {
            var (severity, likelihood) = (Word<Severity>($"{stage} severity"), Word<Likelihood>($"{stage} likelihood"));
            if (severity is { } s && likelihood is { } l) return new RiskAssessment(s, l, Cell($"{stage} justification"));
            if (severity is not null || likelihood is not null) problems.Add(new FieldViolation($"{stage} severity", "and likelihood are needed together"));
            return null;
        }

        var initial = Risk("Initial");
        if (initial is null && Cell("Initial severity") is null && Cell("Initial likelihood") is null)
            problems.Add(new FieldViolation("Initial severity", "is required, with the initial likelihood"));
        var residual = Risk("Residual");
        var status = Word<HazardStatus>("Status") ?? HazardStatus.Open;
        // A closed hazard (as the hub's own export lists them) is not brought in: there is nothing to manage.
        if (status == HazardStatus.Closed) return new HazardLogRow(number, Cell("Title"), null, [], Skipped: "closed in the file");
        var review = Cell("Review date") is { } date ? Date(date, problems) : null;
        var id = Cell("Hazard ID");
        var controls = controlSheet is not null && id is not null && controlSheet.Contains(id) ? controlSheet[id].ToList() : ControlsCell(Cell("Controls"), problems);
        var title = Cell("Title");
        if (problems.Count > 0) return new HazardLogRow(number, title, null, problems);

        var content = new HazardContent(
            title ?? "", Cell("Description") ?? "", Cell("Effect") ?? "", Cell("Potential harm") ?? "",
            (Cell("Causes") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            initial!, controls, residual, status, Cell("Transferred to"), Cell("Owner") ?? "", review).Cleaned();
        var validator = new Validator();
        content.Validate(validator, "hazard");
        return validator.IsValid
            ? new HazardLogRow(number, title, content, [])
            : new HazardLogRow(number, title, null, validator.Violations.Select(v => v with { Field = Heading(v.Field) }).ToArray());
    }

    private static List<HazardControl> ControlsCell(string? text, List<FieldViolation> problems)
    {
        var controls = new List<HazardControl>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var open = line.LastIndexOf('(');
            var parts = open > 0 && line.EndsWith(')') ? line[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries) : [];
            if (parts.Length == 2 && Words<ControlType>().TryGetValue(Key(parts[0]), out var type) && Words<ControlState>().TryGetValue(Key(parts[1]), out var state))
                controls.Add(new HazardControl(line[..open].Trim(), null, type, state, null));
            else
                problems.Add(new FieldViolation("Controls", $"must give each control as \"What is done (Type, State)\", the type one of {string.Join(", ", Enum.GetValues<ControlType>().Select(v => HazardLogWorkbook.Words(v)))}; was \"{line}\""));
        }

        return controls;
    }

    private static DateOnly? Date(string text, List<FieldViolation> problems)
    {
        // A workbook's date cell arrives as its serial number; a CSV's as text.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy", "d MMM yyyy", "d MMMM yyyy"], CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var date)) return date;
        problems.Add(new FieldViolation("Review date", $"must be a date such as 2027-03-31 or 31/03/2027; was \"{text}\""));
        return null;
    }

    private static Table Workbook(byte[] content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw NotASpreadsheet();
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToArray() ?? [];
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            IReadOnlyList<(int, IReadOnlyList<string>)> Rows(Sheet sheet)
            {
                if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet) throw NotASpreadsheet();
                // A row without its number follows the one before it; no more rows are read than a log may hold.
                var rows = new List<(int, IReadOnlyList<string>)>();
                foreach (var row in worksheet.Worksheet.Descendants<Row>().Take(MaxRows + 50))
                    rows.Add(((int?)row.RowIndex?.Value ?? (rows.Count == 0 ? 1 : rows[^1].Item1 + 1), Cells(row, strings)));
                return rows;
            }

            var log = sheets.FirstOrDefault(s => Key(s.Name?.Value ?? "") == Key("Hazard log")) ?? sheets.FirstOrDefault() ?? throw NotASpreadsheet();
            var controls = sheets.FirstOrDefault(s => Key(s.Name?.Value ?? "") == Key("Controls")) is { } sheet ? ControlSheet(Rows(sheet)) : null;
            return new Table(Records(Rows(log)), controls);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or FormatException or ArgumentException or InvalidCastException or InvalidOperationException)
        {
            throw NotASpreadsheet();
        }
    }

    private static Table Csv(byte[] content)
    {
        try
        {
            using var csv = CsvReader.Create(content, new CsvReaderOptions
            {
                HasHeader = false, AllowLineBreaksInQuotes = true, FieldCountMismatch = CsvFieldCountHandling.Allow,
                SkipEmptyLines = false, // so each row keeps the number a spreadsheet shows it under
            });
            var rows = new List<(int, IReadOnlyList<string>)>();
            while (csv.Read() && rows.Count < MaxRows + 50) rows.Add((rows.Count + 1, Enumerable.Range(0, Math.Min(csv.FieldCount, MaxColumns)).Select(csv.GetString).ToArray()));
            return new Table(Records(rows), null);
        }
        catch (CsvFormatException malformed)
        {
            throw new ValidationFailedException("file", $"is not readable CSV: {malformed.Message}");
        }
    }

    /// <summary>The rows under the heading row (the first with a "Title" and an "Initial severity"), keyed by heading; empty rows are left out.</summary>
    private static IReadOnlyList<(int, Dictionary<string, string>)> Records(IReadOnlyList<(int Number, IReadOnlyList<string> Cells)> rows)
    {
        var at = rows.ToList().FindIndex(r => r.Cells.Select(Key).Contains(Key("Title")) && r.Cells.Select(Key).Contains(Key("Initial severity")));
        if (at < 0) throw new ValidationFailedException("file", "has no heading row with \"Title\" and \"Initial severity\": use the NHS hazard log template's columns");
        var keys = rows[at].Cells.Select(Key).ToArray();
        return rows.Skip(at + 1)
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            .Select(r => (r.Number, keys.Select((key, i) => (key, value: i < r.Cells.Count ? r.Cells[i] : "")).Where(c => c.key.Length > 0)
                .GroupBy(c => c.key).ToDictionary(g => g.Key, g => g.First().value, StringComparer.Ordinal)))
            .ToArray();
    }

    private static ILookup<string, HazardControl> ControlSheet(IReadOnlyList<(int, IReadOnlyList<string>)> rows)
    {
        var controls = new List<(string Id, HazardControl Control)>();
        var header = rows.FirstOrDefault().Item2?.Select(Key).ToArray() ?? [];
        foreach (var (_, cells) in rows.Skip(1))
        {
            string Cell(string heading) => Array.IndexOf(header, Key(heading)) is var i and >= 0 && i < cells.Count ? cells[i].Trim() : "";
            if (Cell("Hazard ID") is not { Length: > 0 } id) continue;
            controls.Add((id, new HazardControl(
                Cell("Control"), Cell("Evidence") is { Length: > 0 } evidence ? evidence : null,
                Words<ControlType>().GetValueOrDefault(Key(Cell("Type"))), Words<ControlState>().GetValueOrDefault(Key(Cell("State"))),
                Cell("Owner") is { Length: > 0 } owner ? owner : null)));
        }

        return controls.ToLookup(c => c.Id, c => c.Control, StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> Cells(Row row, string[] strings)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            // A cell without a usable reference follows the one before it.
            var column = cell.CellReference?.Value is { Length: > 0 } reference && Column(reference) is >= 0 and var at ? at : cells.Count;
            if (column is < 0 or >= MaxColumns) continue;
            while (cells.Count < column) cells.Add("");
            cells.Add(cell.DataType?.Value switch
            {
                var t when t == CellValues.InlineString => cell.InlineString?.InnerText ?? "",
                var t when t == CellValues.SharedString => int.TryParse(cell.CellValue?.Text, out var i) && i >= 0 && i < strings.Length ? strings[i] : "",
                _ => cell.CellValue?.Text ?? "",
            });
        }

        return cells;
    }

    private static int Column(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > MaxColumns) return MaxColumns;
        }

        return index - 1;
    }

    // "Initial  Severity", "initial_severity" and "InitialSeverity" are the same heading; "Very low" and "very-low" the same word.
    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static Dictionary<string, T> Words<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().SelectMany(v => new[] { (Key(v.ToString()), v), (Key(HazardLogWorkbook.Words(v)), v) }).DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2);

    // The hub's field ("hazard.initialRisk.justification") as the file's heading ("Initial justification").
    private static string Heading(string field) => field switch
    {
        _ when field.StartsWith("hazard.controls", StringComparison.Ordinal) => "Controls",
        _ when field.StartsWith("hazard.initialRisk", StringComparison.Ordinal) => "Initial justification",
        _ when field.StartsWith("hazard.residualRisk", StringComparison.Ordinal) => "Residual justification",
        "hazard.potentialHarm" => "Potential harm",
        "hazard.transferredTo" => "Transferred to",
        "hazard.reviewDate" => "Review date",
        _ => field.StartsWith("hazard.", StringComparison.Ordinal) && field.Length > 7 ? char.ToUpperInvariant(field[7]) + field[8..] : field,
    };

    private static ValidationFailedException NotASpreadsheet() =>
        new("file", "is not a spreadsheet: give an XLSX workbook or a CSV file in the NHS hazard log template's columns");
}
