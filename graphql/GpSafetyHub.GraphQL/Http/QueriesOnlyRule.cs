using GraphQL.Validation;
using GraphQLParser.AST;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>Refuses a mutation sent over GET, before anything runs.</summary>
internal sealed class QueriesOnlyRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
    {
        if (operation == context.Operation && operation.Operation != OperationType.Query)
            context.ReportError(new ValidationError(context.Document.Source, null,
                $"Only queries may be sent with GET; send a {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
