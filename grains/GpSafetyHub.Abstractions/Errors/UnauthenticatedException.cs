namespace GpSafetyHub.Errors;

/// <summary>The request needs to say who is acting, and did not.</summary>
[GenerateSerializer, Alias("hub.Errors.UnauthenticatedException")]
public sealed class UnauthenticatedException(string message) : HubException(message, null)
{
    public override string Code => "UNAUTHENTICATED";
}
