namespace GpSafetyHub.Errors;

/// <summary>
/// A change would make a stored record larger than Azure Table Storage allows; it was refused
/// before anything was written.
/// </summary>
[GenerateSerializer, Alias("hub.Errors.StorageLimitExceededException")]
public sealed class StorageLimitExceededException(string message) : HubException(message, null)
{
    public override string Code => "VALIDATION";
}
