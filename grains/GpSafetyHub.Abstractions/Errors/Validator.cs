namespace GpSafetyHub.Errors;

/// <summary>
/// Collects every broken rule of one input before refusing it, so a caller fixes all of them in
/// one round trip. Field paths are built by the caller (<c>hazard.controls[0].owner</c>).
/// </summary>
public sealed class Validator
{
    private readonly List<FieldViolation> _violations = [];

    public bool IsValid => _violations.Count == 0;

    public IReadOnlyList<FieldViolation> Violations => _violations.ToArray();

    public void Fail(string field, string rule) => _violations.Add(new FieldViolation(field, rule));

    /// <summary>
    /// Required text: present, not blank, within <paramref name="maxLength"/> characters, with no
    /// control characters (<paramref name="multiline"/> text may have tabs and line breaks).
    /// </summary>
    public void Required(string field, string? value, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value)) Fail(field, "is required");
        else Optional(field, value, maxLength, multiline);
    }

    /// <summary>Optional text: when present, as for <see cref="Required"/>.</summary>
    public void Optional(string field, string? value, int maxLength, bool multiline = false)
    {
        if (value is null) return;
        if (value.Length > maxLength)
            Fail(field, $"must be at most {maxLength} characters (was {value.Length})");
        if (TextCharacters.FirstRefused(value, multiline) is { } at)
            Fail(field, TextCharacters.Rule(value, at, multiline));
    }

    public void AtMost<T>(string field, IReadOnlyCollection<T> items, int maxCount)
    {
        if (items.Count > maxCount) Fail(field, $"must have at most {maxCount} entries (had {items.Count})");
    }

    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value)) Fail(field, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
    }

    /// <summary>Throws <see cref="ValidationFailedException"/> listing every rule broken so far.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new ValidationFailedException(_violations.ToArray());
    }
}
