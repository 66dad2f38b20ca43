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

    // "decisions[H-001].localResidualRisk.justification" reads "Hazard H-001 residual risk justification";
    // "hazards[H-002].residualRisk" reads "Hazard H-002 residual risk"; "sop" reads "Your SOP".
    private static string Humanised(string field)
    {
        if (field == "sop") return "Your SOP";
        foreach (var list in (string[])["decisions[", "hazards["])
            if (field.StartsWith(list, StringComparison.Ordinal))
            {
                var rest = field[list.Length..];
                var end = rest.IndexOf(']', StringComparison.Ordinal);
                var part = rest[(end + 1)..].TrimStart('.') switch
                {
                    "" => "",
                    var p => " " + p.Replace("localResidualRisk", "residual risk", StringComparison.Ordinal).Replace("residualRisk", "residual risk", StringComparison.Ordinal).Replace('.', ' '),
                };
                return $"Hazard {rest[..end]}{part}";
            }

        return field;
    }

    public static string? For(IReadOnlyList<FormError> errors, string inputId) => errors.FirstOrDefault(e => e.InputId == inputId)?.Message;

    /// <summary>The form group's error class when the question has an error.</summary>
    public static string GroupClass(IReadOnlyList<FormError> errors, string inputId) => For(errors, inputId) is null ? "" : "nhsuk-form-group--error";

    /// <summary>Ties an input to its error message, so a screen reader reads the error with the question.</summary>
    public static Dictionary<string, object> DescribedBy(IReadOnlyList<FormError> errors, string inputId) =>
        For(errors, inputId) is null ? [] : new() { ["aria-describedby"] = $"{inputId}-error" };
}
