using System.Text.RegularExpressions;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Alerts;

/// <summary>
/// An alert's CAS reference, e.g. <c>NatPSA/2025/001/NHSPS</c> or <c>DSI/2025/003</c>: what the
/// hub keys the alert by. Trimmed and upper-cased, so one alert cannot be recorded twice under two spellings.
/// </summary>
public static partial class CasAlertReference
{
    public const int MaxLength = 60;

    private const string Rule = "must be a CAS alert reference of 3 to 60 letters, digits and / - . ( ) _, e.g. NatPSA/2025/001/NHSPS";

    public static string Require(string? value, string field = "reference")
    {
        var reference = value?.Trim().ToUpperInvariant();
        if (reference is null || !Pattern().IsMatch(reference)) throw new ValidationFailedException(field, Rule);
        return reference;
    }

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9/\-.()_]{2,59}$")]
    private static partial Regex Pattern();
}
