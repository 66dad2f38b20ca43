namespace GpSafetyHub;

/// <summary>How free text from callers is normalised before it is validated and stored.</summary>
public static class Text
{
    /// <summary>Trimmed text, or null when nothing but white space was given.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
