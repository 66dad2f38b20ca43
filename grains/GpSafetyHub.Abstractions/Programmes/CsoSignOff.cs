using GpSafetyHub.Errors;

namespace GpSafetyHub.Programmes;

/// <summary>
/// The Clinical Safety Officer's sign-off of a published version. The time is the server's, taken
/// when the version is published; the rest is what the CSO attests.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.CsoSignOff")]
public sealed record CsoSignOff(
    [property: Id(0)] string Name,
    [property: Id(1)] string Role,
    [property: Id(2)] string ProfessionalRegistration,
    [property: Id(3)] string Statement)
{
    public const int MaxNameLength = 200;
    public const int MaxStatementLength = 4000;

    public CsoSignOff Cleaned() => new(
        Text.Clean(Name)!, Text.Clean(Role)!, Text.Clean(ProfessionalRegistration)!, Text.Clean(Statement)!);

    public void Validate(Validator validator, string prefix)
    {
        validator.Required($"{prefix}.name", Name, MaxNameLength);
        validator.Required($"{prefix}.role", Role, MaxNameLength);
        validator.Required($"{prefix}.professionalRegistration", ProfessionalRegistration, MaxNameLength);
        validator.Required($"{prefix}.statement", Statement, MaxStatementLength, multiline: true);
    }
}
