namespace GpSafetyHub.Errors;

/// <summary>
/// The change was based on something that has since changed (a stale revision, an id already
/// taken); nothing was overwritten. Re-read and try again.
/// </summary>
[GenerateSerializer, Alias("hub.Errors.ConflictException")]
public sealed class ConflictException(string message, string? field) : HubException(message, field)
{
    public override string Code => "CONFLICT";
}
