using GpSafetyHub.Errors;

namespace GpSafetyHub.History;

/// <summary>Who made a change: recorded with every entry of every history.</summary>
[GenerateSerializer, Immutable, Alias("hub.History.Actor")]
public sealed record Actor(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Role,
    [property: Id(3)] string? Organisation)
{
    public const int MaxLength = 200;

    public static Actor Create(string? subject, string? name, string? role, string? organisation)
    {
        var validator = new Validator();
        validator.Required("actor.subject", subject, MaxLength);
        validator.Required("actor.name", name, MaxLength);
        validator.Optional("actor.role", role, MaxLength);
        validator.Optional("actor.organisation", organisation, MaxLength);
        validator.ThrowIfInvalid();
        return new Actor(subject!.Trim(), name!.Trim(), Text.Clean(role), Text.Clean(organisation));
    }
}
