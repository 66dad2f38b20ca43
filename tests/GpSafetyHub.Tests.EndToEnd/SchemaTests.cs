using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>The API's contract: every change to it is a visible diff, and every part of it is described.</summary>
public sealed class SchemaTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private static readonly string SnapshotPath = Path.Combine(RepositoryPaths.Root, "tests", "GpSafetyHub.Tests.EndToEnd", "schema.graphql");

    [Fact]
    public void The_printed_schema_matches_the_committed_snapshot()
    {
        var schema = hub.App.Services.GetRequiredService<ISchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n");
        var expected = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : "";
        if (printed != expected)
        {
            var received = Path.ChangeExtension(SnapshotPath, ".received.graphql");
            File.WriteAllText(received, printed);
            Assert.Fail($"The schema changed. If the change is intended, replace {SnapshotPath} with {received} and commit it.");
        }
    }

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        var data = await hub.Client().Data("""
            { __schema { types { name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }
            """);
        var missing = new List<string>();
        foreach (var type in data["__schema"]!["types"]!.AsArray().Select(t => t!))
        {
            var name = (string)type["name"]!;
            if (name.StartsWith("__", StringComparison.Ordinal) || (string)type["kind"]! == "SCALAR") continue;
            Check(name, type);
            foreach (var field in Items(type, "fields"))
            {
                Check($"{name}.{field["name"]}", field);
                foreach (var arg in Items(field, "args")) Check($"{name}.{field["name"]}({arg["name"]})", arg);
            }

            foreach (var input in Items(type, "inputFields")) Check($"{name}.{input["name"]}", input);
            foreach (var value in Items(type, "enumValues")) Check($"{name}.{value["name"]}", value);
        }

        Assert.True(missing.Count == 0, "Undescribed: " + string.Join(", ", missing));

        void Check(string what, JsonNode node)
        {
            if (string.IsNullOrWhiteSpace((string?)node["description"])) missing.Add(what);
        }
    }

    private static IEnumerable<JsonNode> Items(JsonNode node, string name) => node[name]?.AsArray().Select(n => n!) ?? [];
}
