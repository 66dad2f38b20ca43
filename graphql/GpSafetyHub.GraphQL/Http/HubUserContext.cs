using GpSafetyHub.Operations;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>Per-request context for resolvers: the signed-in caller's session, through which every field runs its operation.</summary>
public sealed class HubUserContext(HubSession session) : Dictionary<string, object?>
{
    public HubSession Session { get; } = session;
}
