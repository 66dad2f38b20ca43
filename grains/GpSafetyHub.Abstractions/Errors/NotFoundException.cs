namespace GpSafetyHub.Errors;

/// <summary>The thing asked for does not exist (or the caller may not know that it does).</summary>
[GenerateSerializer, Alias("hub.Errors.NotFoundException")]
public sealed class NotFoundException(string message, string? field) : HubException(message, field)
{
    public override string Code => "NOT_FOUND";
}
