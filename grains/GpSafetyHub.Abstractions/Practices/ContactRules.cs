using System.Text.RegularExpressions;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>Shapes of contact details: e-mail addresses and UK mobile numbers.</summary>
public static partial class ContactRules
{
    public const int MaxEmailLength = 254;

    public static void Email(Validator validator, string field, string? value)
    {
        if (value is null) return;
        if (value.Length > MaxEmailLength || !EmailPattern().IsMatch(value))
            validator.Fail(field, "must be an e-mail address such as safety.lead@nhs.net");
    }

    /// <summary>Spaces are ignored; the number must be a UK mobile (07… or +447…).</summary>
    public static void UkMobile(Validator validator, string field, string? value)
    {
        if (value is null) return;
        if (!MobilePattern().IsMatch(value.Replace(" ", "", StringComparison.Ordinal)))
            validator.Fail(field, "must be a UK mobile number such as 07700 900123 or +44 7700 900123");
    }

    [GeneratedRegex(@"^[^@\s\p{C}]+@[^@\s\p{C}]+\.[^@\s\p{C}]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(07\d{9}|\+447\d{9})$")]
    private static partial Regex MobilePattern();
}
