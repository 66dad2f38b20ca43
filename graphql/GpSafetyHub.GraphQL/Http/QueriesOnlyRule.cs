using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>Refuses a mutation sent over GET, before anything runs; the endpoint answers it with 405 and <c>Allow: POST</c>.</summary>
internal sealed class QueriesOnlyRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
    {
        if (operation == context.Operation && operation.Operation != OperationType.Query)
            context.ReportError(new MutationOverGetError(context.Document.Source, operation));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}

/// <summary>A mutation (or subscription) sent with GET, which may only read.</summary>
internal sealed class MutationOverGetError(ROM source, GraphQLOperationDefinition operation)
    : ValidationError(source, null, $"Only queries may be sent with GET; send a {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation);
