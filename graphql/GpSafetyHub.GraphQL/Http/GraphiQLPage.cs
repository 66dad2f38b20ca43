using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// GraphiQL for people exploring the API in a browser, served from the hub itself with assets from
/// npm packages on disk: no CDN, so it works on a closed network.
/// </summary>
internal static class GraphiQLPage
{
    /// <summary>The only files served, by the name the page asks for.</summary>
    private static readonly Dictionary<string, (string Path, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["graphiql.min.css"] = ("graphiql/graphiql.min.css", "text/css"),
        ["graphiql.min.js"] = ("graphiql/graphiql.min.js", "text/javascript"),
        ["react.production.min.js"] = ("react/umd/react.production.min.js", "text/javascript"),
        ["react-dom.production.min.js"] = ("react-dom/umd/react-dom.production.min.js", "text/javascript"),
    };

    /// <summary>
    /// Scripts only from the hub itself (no inline script, no eval); GraphiQL's editor sets inline
    /// styles. The page may not be framed (clickjacking), and talks only to the hub.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>GP Safety Hub — GraphiQL</title>
          <link rel="stylesheet" href="/graphiql/graphiql.min.css">
          <link rel="stylesheet" href="/graphiql/hub-graphiql.css">
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="/graphiql/react.production.min.js"></script>
          <script src="/graphiql/react-dom.production.min.js"></script>
          <script src="/graphiql/graphiql.min.js"></script>
          <script src="/graphiql/hub-graphiql.js"></script>
        </body>
        </html>
        """;

    /// <summary>
    /// Starts GraphiQL. The token stays in the page's memory only: headers are not persisted to the
    /// browser's storage, where another script or the next user of a shared PC could read it.
    /// </summary>
    private const string StartScript = """
        const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
        ReactDOM.createRoot(document.getElementById('graphiql')).render(
          React.createElement(GraphiQL, {
            fetcher,
            defaultQuery: '# GP Safety Hub. Every request needs a bearer token: put it in the Headers tab below as\n'
              + '#   { "Authorization": "Bearer <your token>" }\n'
              + '# Your organisation\'s sign-in issues the token; on a development hub, ./tools/mint-token.sh prints one.\n'
              + '# Every change is recorded against the person the token names. The Docs pane describes every type and field.\n'
              + '{\n  programmes { id name currentVersion reviewDate }\n  riskMatrix { ratings { value acceptability } }\n}\n',
            defaultHeaders: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
            headerEditorEnabled: true,
            shouldPersistHeaders: false,
          }));
        """;

    private const string Style = "body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }";

    public static Task Write(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(Html, http.RequestAborted);
    }

    public static IResult Asset(string name, IOptions<GraphiQLOptions> options, IWebHostEnvironment environment)
    {
        if (name == "hub-graphiql.js") return Results.Text(StartScript, "text/javascript", System.Text.Encoding.UTF8);
        if (name == "hub-graphiql.css") return Results.Text(Style, "text/css", System.Text.Encoding.UTF8);
        if (!Assets.TryGetValue(name, out var asset)) return Results.NotFound();
        var root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.NodeModulesPath));
        var file = Path.Combine(root, asset.Path);
        return File.Exists(file)
            ? Results.File(file, asset.ContentType)
            : Results.Problem(
                $"GraphiQL asset {name} is not installed: run the hub's start script, which installs tools/ with npm.",
                statusCode: StatusCodes.Status404NotFound);
    }
}
