using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>
/// Checks a batch of registrations before anything is written: every row on its own, and codes
/// that appear in more than one row (both refused, since neither can be trusted to be the right one).
/// </summary>
public static class PracticeBatch
{
    /// <summary>About a large ICB's estate several times over, and small enough to finish inside a grain call's timeout.</summary>
    public const int MaxRows = 2_000;

    public static (IReadOnlyList<CheckedRow> Valid, IReadOnlyList<RefusedRow> Refused) Check(IReadOnlyList<PracticeRegistration> rows)
    {
        if (rows.Count > MaxRows) throw new ValidationFailedException("practices", $"must have at most {MaxRows} rows (had {rows.Count})");
        var valid = new List<CheckedRow>();
        var refused = new List<RefusedRow>();
        var rowsByCode = rows.Select((r, i) => (Code: r.OdsCode?.Trim().ToUpperInvariant(), Row: i + 1))
            .Where(r => !string.IsNullOrEmpty(r.Code))
            .GroupBy(r => r.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Row).ToArray(), StringComparer.Ordinal);

        for (var i = 0; i < rows.Count; i++)
        {
            var validator = new Validator();
            var ods = OrganisationCodes.Practice(validator, "odsCode", rows[i].OdsCode);
            var given = rows[i].Details ?? new PracticeDetails("", "", null, PracticeContacts.None);
            given.ValidateGiven(validator, "practice");
            var clear = PracticeMerge.ClearList(rows[i].Clear ?? [], given, validator, "practice");
            if (ods is not null && rowsByCode[ods].Length > 1)
                validator.Fail("odsCode", $"appears in more than one row (rows {string.Join(", ", rowsByCode[ods])}): give each practice once");
            if (validator.IsValid) valid.Add(new CheckedRow(i + 1, ods!, given, clear));
            else refused.Add(new RefusedRow(i + 1, ods ?? rows[i].OdsCode, validator.Violations));
        }

        return (valid, refused);
    }
}

/// <summary>A row whose own fields passed; whether it fits the entry it updates is decided by the practice.</summary>
public sealed record CheckedRow(int Row, string OdsCode, PracticeDetails Given, IReadOnlyList<PracticeField> Clear);
