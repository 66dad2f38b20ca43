using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// Names each operation's span after what it does: the operation's name if the caller gave one,
/// otherwise its type and top-level fields (<c>mutation assessHazard</c>), so an operator reading a
/// trace sees which operation was slow without the document, which is never recorded.
/// </summary>
internal static class OperationSpans
{
    public static void Name(Activity activity, ExecutionOptions options, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fields = operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue).Distinct().ToArray();
        activity.SetTag("graphql.fields", string.Join(",", fields));
        if (operation.Name is null) activity.DisplayName = $"{operation.Operation.ToString().ToLowerInvariant()} {string.Join(",", fields)}";
    }
}
