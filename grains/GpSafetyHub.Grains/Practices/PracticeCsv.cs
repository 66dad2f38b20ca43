using CsvHelper;
using GpSafetyHub.Errors;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Grains.Practices;

/// <summary>
/// Reads a CSV of practices (one per line after a header). Columns, in any order and case:
/// <c>ods_code, name, icb_code</c> (required) and <c>pcn_code, safety_lead_name,
/// safety_lead_email, cas_contact_email, cas_contact_mobile, practice_manager_email</c> (optional).
/// For a practice already registered an empty cell, or a column left out, keeps the value held;
/// the optional <c>clear</c> column names the columns to empty, separated by spaces or semicolons.
/// </summary>
public static class PracticeCsv
{
    public static readonly string[] RequiredColumns = ["ods_code", "name", "icb_code"];

    public static readonly string[] OptionalColumns =
        ["pcn_code", "safety_lead_name", "safety_lead_email", "cas_contact_email", "cas_contact_mobile", "practice_manager_email", ClearColumn];

    public const string ClearColumn = "clear";

    /// <summary>Far more than the rows allowed need; refused before parsing.</summary>
    public const int MaxLength = 2 * 1024 * 1024;

    public static IReadOnlyList<PracticeRegistration> Parse(string csv)
    {
        if (csv.Length > MaxLength) throw new ValidationFailedException("csv", $"must be at most {MaxLength / (1024 * 1024)} MiB");
        var records = Records(csv.TrimStart('\uFEFF'));
        if (records.Count == 0)
            throw new ValidationFailedException("csv", $"must start with a header line naming the columns ({string.Join(", ", RequiredColumns)}, …)");
        if (records.Count - 1 > PracticeBatch.MaxRows)
            throw new ValidationFailedException("csv", $"must have at most {PracticeBatch.MaxRows} rows (had {records.Count - 1})");

        var header = records[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var validator = new Validator();
        var missing = RequiredColumns.Except(header).ToArray();
        var unknown = header.Except(RequiredColumns.Concat(OptionalColumns)).ToArray();
        var repeated = header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (repeated.Length > 0) validator.Fail("csv", $"names the column(s) {string.Join(", ", repeated)} more than once");
        if (missing.Length > 0) validator.Fail("csv", $"is missing the column(s) {string.Join(", ", missing)}");
        if (unknown.Length > 0)
            validator.Fail("csv", $"has column(s) the hub does not know: {string.Join(", ", unknown)} (known: {string.Join(", ", RequiredColumns.Concat(OptionalColumns))})");
        validator.ThrowIfInvalid();

        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        return records.Skip(1).Select(record =>
        {
            string? Field(string name) =>
                column.TryGetValue(name, out var index) && index < record.Length ? Text.Clean(record[index]) : null;
            return new PracticeRegistration(
                Field("ods_code"),
                new PracticeDetails(
                    Field("name") ?? "", Field("icb_code") ?? "", Field("pcn_code"),
                    new PracticeContacts(Field("safety_lead_name"), Field("safety_lead_email"), Field("cas_contact_email"),
                        Field("cas_contact_mobile"), Field("practice_manager_email"))))
            {
                Clear = Field(ClearColumn)?.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries) ?? [],
            };
        }).ToArray();
    }

    /// <summary>
    /// Every record, the header first (RFC 4180, read by CsvHelper: commas, quoted fields with ""
    /// for a quote and line breaks inside, CRLF or LF; empty lines skipped). Malformed quoting is
    /// refused naming the line its record starts on, rather than guessed at.
    /// </summary>
    private static List<string[]> Records(string csv)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',', HasHeader = false, MalformedData = CsvMalformedDataHandling.Throw, TrackLineNumbers = true,
        };
        var records = new List<string[]>();
        try
        {
            using var reader = CsvReader.FromText(csv, options);
            while (reader.Read())
                records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        catch (CsvFormatException e)
        {
            throw new ValidationFailedException("csv", $"has a record starting on line {e.LineNumber} whose quotes do not match (a quoted field never closed, or a quote inside a field that is not quoted): quote the whole field and double any quote inside it");
        }

        return records;
    }
}
