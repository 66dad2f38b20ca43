using GpSafetyHub.Errors;

namespace GpSafetyHub.Web.Components.UI;

/// <summary>A problem with one answer: the input it is about and what to do, in the person's words.</summary>
public sealed record FormError(string InputId, string Message)
{
    /// <summary>
    /// The hub's refusal as messages against the form's inputs: each violation's field (as the
    /// operation names it, e.g. <c>decision.rationale</c>) is matched by its ending to an input and
    /// the question's label; one the form does not ask is shown against <paramref name="fallbackInput"/>.
    /// </summary>
    public static IReadOnlyList<FormError> From(ValidationFailedException refusal, IReadOnlyList<(string FieldEnding, string InputId, string Label)> inputs, string fallbackInput) =>
        refusal.Violations.Select(v => inputs.FirstOrDefault(i => v.Field.EndsWith(i.FieldEnding, StringComparison.Ordinal)) is { InputId: not null } input
                ? new FormError(input.InputId, $"{input.Label} {v.Rule}")
                : new FormError(fallbackInput, $"{Humanised(v.Field)} {v.Rule}"))
            .ToArray();

    // "decisions[H-001].localResidualRisk.justification" reads "Hazard H-001 justification"; "sop" reads "Your SOP".
    private static string Humanised(string field) => field switch
    {
        "sop" => "Your SOP",
        _ when field.StartsWith("decisions[", StringComparison.Ordinal) =>
            "Hazard " + field["decisions[".Length..].Replace("].localResidualRisk.", " residual risk ", StringComparison.Ordinal).TrimEnd(']').Replace("]", "", StringComparison.Ordinal),
        _ => field,
    };

    public static string? For(IReadOnlyList<FormError> errors, string inputId) => errors.FirstOrDefault(e => e.InputId == inputId)?.Message;
}
