using GpSafetyHub.Errors;
using GpSafetyHub.History;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>Per-request context for resolvers: who is acting, as far as the request says.</summary>
public sealed class HubUserContext : Dictionary<string, object?>
{
    public HubUserContext(Actor? actor) => Actor = actor;

    public Actor? Actor { get; }

    /// <summary>The actor every change is attributed to; a change without one is refused.</summary>
    public Actor RequireActor() =>
        Actor ?? throw new UnauthenticatedException(
            $"Changes must say who is making them: send the {ActorHeaders.Name} header (and optionally {ActorHeaders.Role}, {ActorHeaders.Organisation}).");
}
