using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GpSafetyHub.Bench.Http;

/// <summary>GraphQL over HTTP to the hub as one caller, for seeding and for capturing the answers the baselines replay.</summary>
internal sealed class HubClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _token;
    private readonly bool _ownsHttp;

    public HubClient(Uri hub, string token)
        : this(new HttpClient { BaseAddress = hub, Timeout = TimeSpan.FromMinutes(5) }, token, ownsHttp: true)
    {
    }

    private HubClient(HttpClient http, string token, bool ownsHttp) => (_http, _token, _ownsHttp) = (http, token, ownsHttp);

    /// <summary>The same connections, as another caller (a practice's own staff, say).</summary>
    public HubClient As(string token) => new(_http, token, ownsHttp: false);

    public static byte[] Body(string query, object? variables = null) => JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    public async Task<byte[]> RawAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The answer's data, or a failure carrying the errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var answer = JsonNode.Parse(await RawAsync(Body(query, variables)))!;
        if (answer["errors"] is JsonArray { Count: > 0 } errors) throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        return answer["data"]!;
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
