namespace GpSafetyHub.Silo;

internal static class SecurityHeaders
{
    /// <summary>The policy for everything that is not a page: nothing may load from it, nothing may frame it.</summary>
    private const string NoContentPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Every response is served as what it says it is (nosniff) and may not be framed; a page
    /// that sets its own Content-Security-Policy keeps it. The Server header is dropped by Kestrel
    /// (see <see cref="WithoutServerHeader"/>) so responses do not advertise the server.
    /// </summary>
    public static IApplicationBuilder UseHubSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = NoContentPolicy;
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        await next(http);
    });

    public static WebApplicationBuilder WithoutServerHeader(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }
}
