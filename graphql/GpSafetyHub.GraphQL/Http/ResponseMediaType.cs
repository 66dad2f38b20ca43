using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// Which of the two GraphQL-over-HTTP media types a response is written in, from the request's
/// Accept header: <c>application/graphql-response+json</c> when the client asks for it (and
/// prefers it at least as much as JSON), <c>application/json</c> otherwise or with no Accept; none
/// when the client accepts neither (HTTP 406).
/// </summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string? Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        double Quality(string mediaType) => accept
            .Where(a => Matches(a, mediaType))
            .Select(a => a.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();
        var (graphql, json) = (Quality(GraphQLResponse), Quality(Json));
        // A wildcard matches both; only a client that names the GraphQL type gets it.
        var namesGraphQL = accept.Any(a => a.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
        if (namesGraphQL && graphql >= json) return GraphQLResponse;
        return json > 0 ? Json : graphql > 0 ? GraphQLResponse : null;
    }

    /// <summary>Exactly, or through <c>*/*</c> or <c>application/*</c>; a "+json" suffix is not taken as JSON, so each type is chosen only when meant.</summary>
    private static bool Matches(MediaTypeHeaderValue accepted, string mediaType) =>
        accepted.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
        || accepted.MediaType.Equals("*/*", StringComparison.Ordinal)
        || accepted.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase);
}
