using GpSafetyHub.History;
using Microsoft.AspNetCore.Http;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// The request headers that name the acting person until token-based sign-in replaces them.
/// </summary>
public static class ActorHeaders
{
    public const string Name = "X-Actor";
    public const string Role = "X-Actor-Role";
    public const string Organisation = "X-Actor-Organisation";

    public static Actor? From(HttpRequest request)
    {
        var name = request.Headers[Name].ToString();
        if (string.IsNullOrWhiteSpace(name)) return null;
        return Actor.Create(name, name, request.Headers[Role].ToString(), request.Headers[Organisation].ToString());
    }
}
