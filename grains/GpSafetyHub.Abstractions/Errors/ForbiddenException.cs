namespace GpSafetyHub.Errors;

/// <summary>The caller is signed in but their role and scope do not allow this.</summary>
[GenerateSerializer, Alias("hub.Errors.ForbiddenException")]
public sealed class ForbiddenException(string message) : HubException(message, null)
{
    public override string Code => "FORBIDDEN";
}
