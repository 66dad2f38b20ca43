using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
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

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>GP Safety Hub — GraphiQL</title>
          <link rel="stylesheet" href="/graphiql/graphiql.min.css">
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="/graphiql/react.production.min.js"></script>
          <script src="/graphiql/react-dom.production.min.js"></script>
          <script src="/graphiql/graphiql.min.js"></script>
          <script>
            const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(
              React.createElement(GraphiQL, {
                fetcher,
                defaultQuery: '# GP Safety Hub. Name yourself in the X-Actor header below before making changes;\n'
                  + '# every change is recorded against that name. The Docs pane describes every type and field.\n'
                  + '{\n  programmes { id name currentVersion reviewDate }\n  riskMatrix { ratings { value acceptability } }\n}\n',
                defaultHeaders: JSON.stringify({ 'X-Actor': '', 'X-Actor-Role': '', 'X-Actor-Organisation': '' }, null, 2),
                headerEditorEnabled: true,
                shouldPersistHeaders: true,
              }));
          </script>
        </body>
        </html>
        """;

    public static Task Write(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(Html, http.RequestAborted);
    }

    public static IResult Asset(string name, IOptions<GraphiQLOptions> options, IWebHostEnvironment environment)
    {
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
