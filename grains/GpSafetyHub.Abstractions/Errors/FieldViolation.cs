namespace GpSafetyHub.Errors;

/// <summary>One broken rule: the input field (a path such as <c>hazard.title</c>) and the rule in words.</summary>
[GenerateSerializer, Immutable, Alias("hub.Errors.FieldViolation")]
public sealed record FieldViolation([property: Id(0)] string Field, [property: Id(1)] string Rule)
{
    public override string ToString() => $"{Field} {Rule}";
}
