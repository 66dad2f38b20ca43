using System.Text.RegularExpressions;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>
/// NHS ODS codes the hub keys things by. Input is trimmed and upper-cased, then must match the
/// code's shape exactly; anything else is refused naming the field and the shape.
/// </summary>
public static partial class OrganisationCodes
{
    private const string PracticeRule = "must be a GP practice ODS code: one letter and five digits, e.g. A81001";
    private const string IcbRule = "must be an ICB ODS code: three letters or digits, e.g. QHM";
    private const string PcnRule = "must be a PCN ODS code: U and five digits, e.g. U12345";

    /// <summary>A GP practice: one letter and five digits, e.g. <c>A81001</c>. Null (and a violation) if not.</summary>
    public static string? Practice(Validator validator, string field, string? value) => Match(validator, field, value, PracticePattern(), PracticeRule);

    /// <summary>An integrated care board: three letters or digits, e.g. <c>QHM</c>.</summary>
    public static string? Icb(Validator validator, string field, string? value) => Match(validator, field, value, IcbPattern(), IcbRule);

    /// <summary>A primary care network: <c>U</c> and five digits, e.g. <c>U12345</c>.</summary>
    public static string? Pcn(Validator validator, string field, string? value) => Match(validator, field, value, PcnPattern(), PcnRule);

    /// <summary>The practice code, or a validation error naming <paramref name="field"/>.</summary>
    public static string RequirePractice(string? value, string field = "odsCode") => Require(Practice, value, field);

    /// <summary>The ICB code, or a validation error naming <paramref name="field"/>.</summary>
    public static string RequireIcb(string? value, string field = "icb") => Require(Icb, value, field);

    private static string Require(Func<Validator, string, string?, string?> match, string? value, string field)
    {
        var validator = new Validator();
        var code = match(validator, field, value);
        validator.ThrowIfInvalid();
        return code!;
    }

    private static string? Match(Validator validator, string field, string? value, Regex pattern, string rule)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (code is not null && pattern.IsMatch(code)) return code;
        validator.Fail(field, rule);
        return null;
    }

    [GeneratedRegex("^[A-Z][0-9]{5}$")]
    private static partial Regex PracticePattern();

    [GeneratedRegex("^[A-Z0-9]{3}$")]
    private static partial Regex IcbPattern();

    [GeneratedRegex("^U[0-9]{5}$")]
    private static partial Regex PcnPattern();
}
