using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>What registering one practice did: its outcome and the fields it changed, or why it was refused.</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeRegistrationResult")]
public sealed record PracticeRegistrationResult(
    [property: Id(0)] RegistrationOutcome? Outcome,
    [property: Id(1)] IReadOnlyList<PracticeFieldChange> Changes,
    [property: Id(2)] IReadOnlyList<FieldViolation> Refusal)
{
    public static PracticeRegistrationResult Refused(IReadOnlyList<FieldViolation> why) => new(null, [], why);
}
