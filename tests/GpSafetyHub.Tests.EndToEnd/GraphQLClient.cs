using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Posts GraphQL requests as a browser or script would, with a bearer token (none for an anonymous caller).</summary>
public sealed class GraphQLClient(HttpClient http, string? token, TestTokens? tokens = null)
{
    public HttpClient Http => http;

    /// <summary>The same host, acting as the practice itself.</summary>
    public GraphQLClient AsPractice(string odsCode) =>
        new(http, (tokens ?? throw new InvalidOperationException("This client cannot mint tokens.")).Practice(odsCode), tokens);

    /// <summary>A raw request carrying this client's token, for tests of the HTTP surface itself.</summary>
    public HttpRequestMessage Request(HttpMethod method, string uri, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public async Task<GraphQLResponse> Send(string query, object? variables = null, string? operationName = null)
    {
        using var request = Request(HttpMethod.Post, "/graphql", JsonContent.Create(new { query, variables, operationName }));
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.Read(response);
    }

    /// <summary>Sends and asserts success, returning <c>data</c>.</summary>
    public async Task<JsonNode> Data(string query, object? variables = null)
    {
        var response = await Send(query, variables);
        Assert.True(response.Errors.Count == 0, $"Unexpected errors: {response.Body}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Json["data"]!;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, string Body, JsonNode Json)
{
    public IReadOnlyList<JsonNode> Errors => Json["errors"]?.AsArray().Select(e => e!).ToArray() ?? [];

    /// <summary>The single error, asserting its <c>extensions.code</c>.</summary>
    public JsonNode Error(string code)
    {
        Assert.True(Errors.Count == 1, $"Expected one error, got: {Body}");
        Assert.Equal(code, (string?)Errors[0]["extensions"]?["code"]);
        return Errors[0];
    }

    public static async Task<GraphQLResponse> Read(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        JsonNode json;
        try
        {
            json = JsonNode.Parse(body) ?? new JsonObject();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"Response was not JSON ({response.StatusCode}): {body}");
        }

        return new GraphQLResponse(response.StatusCode, body, json);
    }
}
