namespace GpSafetyHub.Operations.Access;

/// <summary>
/// Inputs in the form rules compare them in, before an operation validates them fully: so a rule
/// never refuses " a81001 " that the operation itself would accept as A81001.
/// </summary>
internal static class Normal
{
    /// <summary>Trimmed text, or null when absent or blank.</summary>
    public static string? Text(string? value) => value?.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>An ODS or ICB code: trimmed and upper-cased, or null when absent or blank.</summary>
    public static string? Code(string? value) => Text(value)?.ToUpperInvariant();
}
