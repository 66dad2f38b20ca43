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
                : new FormError(fallbackInput, $"{v.Field} {v.Rule}"))
            .ToArray();

    public static string? For(IReadOnlyList<FormError> errors, string inputId) => errors.FirstOrDefault(e => e.InputId == inputId)?.Message;
}
