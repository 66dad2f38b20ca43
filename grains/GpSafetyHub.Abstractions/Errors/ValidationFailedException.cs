namespace GpSafetyHub.Errors;

/// <summary>The input broke one or more rules; nothing was changed.</summary>
[GenerateSerializer, Alias("hub.Errors.ValidationFailedException")]
public sealed class ValidationFailedException : HubException
{
    public ValidationFailedException(IReadOnlyList<FieldViolation> violations)
        : base(Describe(violations), violations.Count > 0 ? violations[0].Field : null)
    {
        Violations = violations;
    }

    public ValidationFailedException(string field, string rule)
        : this([new FieldViolation(field, rule)])
    {
    }

    public override string Code => "VALIDATION";

    [Id(0)]
    public IReadOnlyList<FieldViolation> Violations { get; }

    private static string Describe(IReadOnlyList<FieldViolation> violations) =>
        "Invalid input: " + string.Join("; ", violations) + ".";
}
