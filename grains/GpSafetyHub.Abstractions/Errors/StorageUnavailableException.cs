namespace GpSafetyHub.Errors;

/// <summary>
/// Storage (or a silo) did not answer: nothing the caller did is wrong, and trying again later is
/// safe. The API answers HTTP 503 with Retry-After. A change sent during an outage was either not
/// saved or saved whole; a retry that then answers CONFLICT means the first attempt was saved.
/// </summary>
[GenerateSerializer, Alias("hub.Errors.StorageUnavailableException")]
public sealed class StorageUnavailableException() : HubException(
    "The hub's storage is not answering just now, so nothing was changed or read; try again in a few seconds.", null)
{
    public const string ErrorCode = "UNAVAILABLE";

    /// <summary>How long callers are told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public override string Code => ErrorCode;
}
