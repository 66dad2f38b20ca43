using GpSafetyHub.Errors;

namespace GpSafetyHub.Hazards;

/// <summary>A measure that reduces a hazard's risk, with the evidence that it works.</summary>
[GenerateSerializer, Immutable, Alias("hub.Hazards.HazardControl")]
public sealed record HazardControl(
    [property: Id(0)] string Description,
    [property: Id(1)] string? Evidence,
    [property: Id(2)] ControlType Type,
    [property: Id(3)] ControlState State,
    [property: Id(4)] string? Owner)
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxOwnerLength = 200;

    public HazardControl Cleaned() => this with
    {
        Description = Text.Clean(Description)!,
        Evidence = Text.Clean(Evidence),
        Owner = Text.Clean(Owner),
    };

    public void Validate(Validator validator, string prefix)
    {
        validator.Required($"{prefix}.description", Description, MaxDescriptionLength, multiline: true);
        validator.Optional($"{prefix}.evidence", Evidence, MaxDescriptionLength, multiline: true);
        validator.Defined($"{prefix}.type", Type);
        validator.Defined($"{prefix}.state", State);
        validator.Optional($"{prefix}.owner", Owner, MaxOwnerLength);
    }
}
