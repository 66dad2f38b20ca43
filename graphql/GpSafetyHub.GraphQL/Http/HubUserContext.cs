using GpSafetyHub.GraphQL.Security;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>Per-request context for resolvers: the signed-in caller (every operation has one).</summary>
public sealed class HubUserContext(Caller caller) : Dictionary<string, object?>
{
    public Caller Caller { get; } = caller;
}
