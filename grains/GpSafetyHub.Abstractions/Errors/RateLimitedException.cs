namespace GpSafetyHub.Errors;

/// <summary>The caller has made more requests than allowed in the current window (HTTP 429, with Retry-After).</summary>
[GenerateSerializer, Alias("hub.Errors.RateLimitedException")]
public sealed class RateLimitedException(string message) : HubException(message, null)
{
    public override string Code => "RATE_LIMITED";
}
