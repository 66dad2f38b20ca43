using GpSafetyHub.Errors;

namespace GpSafetyHub.Localisations;

/// <summary>A practice's sign-off of its localised hazard log; professional registration where the signatory is clinical.</summary>
[GenerateSerializer, Immutable]
public sealed record PracticeSignOff(
    [property: Id(0)] string Name,
    [property: Id(1)] string Role,
    [property: Id(2)] string? ProfessionalRegistration,
    [property: Id(3)] string Statement)
{
    public PracticeSignOff Cleaned() => new(Text.Clean(Name)!, Text.Clean(Role)!, Text.Clean(ProfessionalRegistration), Text.Clean(Statement)!);

    public void Validate(Validator validator, string prefix)
    {
        validator.Required($"{prefix}.name", Name, 200);
        validator.Required($"{prefix}.role", Role, 200);
        validator.Optional($"{prefix}.professionalRegistration", ProfessionalRegistration, 200);
        validator.Required($"{prefix}.statement", Statement, 4000);
    }
}
