using System.Diagnostics;
using System.Net;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// The introspection queries real tools send (graphql-js's <c>getIntrospectionQuery</c>, as GraphiQL's
/// docs pane and code generators use it) load the schema for a signed-in caller, while queries
/// that walk the schema without end stay refused.
/// </summary>
public sealed class IntrospectionTests(HubFixture hub) : IClassFixture<HubFixture>
{
    public static TheoryData<string> Variants => ["{}", "{ specifiedByUrl: true }", "{ directiveIsRepeatable: true }", "{ inputValueDeprecation: true }",
        "{ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }"];

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task The_graphql_js_introspection_query_loads_the_whole_schema(string options)
    {
        var response = await hub.Client().Send(await GraphQLJsIntrospectionQueryAsync(options));
        Assert.True(response.Errors.Count == 0, response.Body);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var types = response.Json["data"]!["__schema"]!["types"]!.AsArray().Select(t => (string?)t!["name"]).ToArray();
        Assert.Contains("Programme", types);
        Assert.Contains("CasAlert", types);
    }

    [Fact]
    public async Task Introspection_that_walks_types_within_types_is_still_refused()
    {
        const string Walk = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }";
        var response = await hub.Client().Send(Walk);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("complex", (string?)response.Error("VALIDATION")["message"], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The query text graphql-js itself writes (tools/node_modules/graphql), so the test does not depend on the hub's idea of it.</summary>
    internal static async Task<string> GraphQLJsIntrospectionQueryAsync(string options)
    {
        var graphql = RepositoryPaths.NodeModule("graphql/index.js");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add($"process.stdout.write(require({System.Text.Json.JsonSerializer.Serialize(graphql)}).getIntrospectionQuery({options}))");
        using var node = Process.Start(start)!;
        var query = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());
        return query;
    }
}
