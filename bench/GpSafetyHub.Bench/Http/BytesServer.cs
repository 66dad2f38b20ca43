using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Bench.Http;

/// <summary>
/// The baseline the hub's reads are measured against: a minimal Kestrel app, in a process of its
/// own as the hub is, answering POST /{name} with the bytes the hub answered for that request
/// (read from a folder), after reading the request body as the hub does.
/// </summary>
internal static class BytesServer
{
    public static async Task<int> RunAsync(int port, string folder)
    {
        var responses = Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllBytes);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/{name}", async (HttpContext http, string name) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            if (!responses.TryGetValue(name, out var bytes)) return Results.NotFound();
            return Results.Bytes(bytes, "application/graphql-response+json; charset=utf-8");
        });
        app.MapGet("/health", () => "ok");
        await app.RunAsync();
        return 0;
    }
}
