using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>
/// How a registration row changes an entry: given fields replace, cleared fields are emptied, and
/// every other field keeps its value, so re-sending a row without the contact columns loses nothing.
/// </summary>
public static class PracticeMerge
{
    /// <summary>The fields <paramref name="names"/> asks to clear; a name that is not a clearable field, or a field also given, is a violation.</summary>
    public static IReadOnlyList<PracticeField> ClearList(IReadOnlyList<string> names, PracticeDetails given, Validator validator, string prefix)
    {
        var fields = new List<PracticeField>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var key = Normalise(name);
            var field = PracticeEntryFields.Clearable.FirstOrDefault(f => Normalise(f.ToString()) == key);
            if (field == default)
                validator.Fail($"{prefix}.clear", $"names '{name}', which cannot be cleared (clearable: {string.Join(", ", PracticeEntryFields.Clearable.Select(PracticeEntryFields.NameOf))}); a practice always keeps its name and ICB");
            else if (Text.Clean(given.Get(field)) is not null)
                validator.Fail($"{prefix}.{PracticeEntryFields.NameOf(field)}", "is both given and cleared: give a new value or clear it, not both");
            else if (!fields.Contains(field)) fields.Add(field);
        }

        return fields;
    }

    /// <summary>
    /// The entry the row makes of <paramref name="current"/> (null for a practice not yet registered),
    /// checked as a whole; null, with the violations under <paramref name="prefix"/>, when it is not valid.
    /// </summary>
    public static PracticeDetails? Apply(PracticeDetails? current, PracticeDetails given, IReadOnlyList<PracticeField> clear, Validator validator, string prefix)
    {
        var merged = current ?? new PracticeDetails("", "", null, PracticeContacts.None);
        foreach (var field in Enum.GetValues<PracticeField>())
        {
            if (Text.Clean(given.Get(field)) is { } value) merged = merged.With(field, value);
            else if (clear.Contains(field)) merged = merged.With(field, null);
        }

        return merged.Validated(validator, prefix);
    }

    private static string Normalise(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
