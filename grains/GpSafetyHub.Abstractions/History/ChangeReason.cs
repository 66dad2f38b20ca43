using GpSafetyHub.Errors;

namespace GpSafetyHub.History;

/// <summary>The "why" every recorded change carries.</summary>
public static class ChangeReason
{
    public const int MaxLength = 2000;

    /// <summary>The cleaned reason, or a validation error naming <paramref name="field"/>.</summary>
    public static string Require(string? reason, string field = "reason")
    {
        var validator = new Validator();
        validator.Required(field, reason, MaxLength, multiline: true);
        validator.ThrowIfInvalid();
        return reason!.Trim();
    }
}
