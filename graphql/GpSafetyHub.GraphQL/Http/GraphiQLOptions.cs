namespace GpSafetyHub.GraphQL.Http;

/// <summary>Where the GraphiQL browser assets are: an npm <c>node_modules</c> folder holding graphiql, react and react-dom.</summary>
public sealed class GraphiQLOptions
{
    public const string SectionName = "GraphiQL";

    /// <summary>Absolute, or relative to the host's content root.</summary>
    public string NodeModulesPath { get; set; } = "../../tools/node_modules";
}
