using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GpSafetyHub.GraphQL.Introspection;

/// <summary>
/// Adds what the current GraphQL specification's introspection has and graphql-dotnet 8 lacks, so
/// that the queries graphql-js writes (GraphiQL, code generators) validate: <c>__Type.specifiedByURL</c>
/// and <c>__Directive.args(includeDeprecated:)</c>. The hub's scalars follow no external
/// specification and its directives have no deprecated arguments, so the answers are null and the
/// same arguments either way.
/// </summary>
internal sealed class MissingIntrospectionFields : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name == "__Type" && !type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "For a custom scalar, the URL of the specification it follows; null for the hub's scalars.",
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(_ => null),
            });
        }

        if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!)
            {
                Name = "includeDeprecated",
                Description = "Include deprecated arguments (a directive of the hub has none).",
                DefaultValue = false,
            });
        }
    }
}
