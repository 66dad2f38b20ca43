namespace GpSafetyHub.Practices;

/// <summary>
/// Reads and writes an entry's fields by <see cref="PracticeField"/>: the one place that knows
/// which property each field is, so merging, clearing and describing changes agree.
/// </summary>
public static class PracticeEntryFields
{
    /// <summary>Fields a registration may clear; a practice always keeps its name and ICB.</summary>
    public static IReadOnlyList<PracticeField> Clearable { get; } =
        Enum.GetValues<PracticeField>().Where(f => f is not (PracticeField.Name or PracticeField.IcbCode)).ToArray();

    /// <summary>The field's name as the API and history spell it (<c>casContactEmail</c>).</summary>
    public static string NameOf(PracticeField field) => JsonNaming(field.ToString());

    public static string? Get(this PracticeDetails details, PracticeField field) => field switch
    {
        PracticeField.Name => details.Name,
        PracticeField.IcbCode => details.IcbCode,
        PracticeField.PcnCode => details.PcnCode,
        PracticeField.SafetyLeadName => details.Contacts.SafetyLeadName,
        PracticeField.SafetyLeadEmail => details.Contacts.SafetyLeadEmail,
        PracticeField.CasContactEmail => details.Contacts.CasContactEmail,
        PracticeField.CasContactMobile => details.Contacts.CasContactMobile,
        PracticeField.PracticeManagerEmail => details.Contacts.PracticeManagerEmail,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static PracticeDetails With(this PracticeDetails details, PracticeField field, string? value) => field switch
    {
        PracticeField.Name => details with { Name = value ?? "" },
        PracticeField.IcbCode => details with { IcbCode = value ?? "" },
        PracticeField.PcnCode => details with { PcnCode = value },
        PracticeField.SafetyLeadName => details with { Contacts = details.Contacts with { SafetyLeadName = value } },
        PracticeField.SafetyLeadEmail => details with { Contacts = details.Contacts with { SafetyLeadEmail = value } },
        PracticeField.CasContactEmail => details with { Contacts = details.Contacts with { CasContactEmail = value } },
        PracticeField.CasContactMobile => details with { Contacts = details.Contacts with { CasContactMobile = value } },
        PracticeField.PracticeManagerEmail => details with { Contacts = details.Contacts with { PracticeManagerEmail = value } },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Each field that differs between <paramref name="before"/> and <paramref name="after"/>, with both values, in field order.</summary>
    public static IReadOnlyList<PracticeFieldChange> Changes(PracticeDetails before, PracticeDetails after) =>
        Enum.GetValues<PracticeField>()
            .Where(f => !string.Equals(NullIfEmpty(before.Get(f)), NullIfEmpty(after.Get(f)), StringComparison.Ordinal))
            .Select(f => new PracticeFieldChange(NameOf(f), NullIfEmpty(before.Get(f)), NullIfEmpty(after.Get(f))))
            .ToArray();

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string JsonNaming(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
