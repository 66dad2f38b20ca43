using System.Collections.Concurrent;
using GpSafetyHub.GraphQL.Introspection;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// Documents already parsed and validated, so a request the hub has seen before (clients send the
/// same few documents with different variables) skips both. None of the rules depend on variable
/// values, but the complexity limit weighs the operation chosen and GET allows queries only, so a
/// document is kept per operation name and per method, and a GET still checks its operation.
/// Bounded in count and query length: a caller sending endless distinct documents only misses the
/// cache. (graphql-dotnet's own cache, in GraphQL.MemoryCache, is not among the packages served.)
/// </summary>
public sealed class ValidatedDocuments(IOptions<GraphQLLimits> limits)
{
    public const int MaxDocuments = 500;
    public const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<(string Query, string? Operation, bool QueriesOnly), GraphQLDocument> _documents = new();
    private readonly Lazy<IValidationRule[]> _postRules = new(() => Rules(limits.Value, queriesOnly: false));
    private readonly Lazy<IValidationRule[]> _getRules = new(() => Rules(limits.Value, queriesOnly: true));
    private static readonly IValidationRule[] GetRulesWhenCached = [new QueriesOnlyRule()];

    /// <summary>The document kept for this request, if any, and the rules the request must still pass.</summary>
    public (GraphQLDocument? Document, IEnumerable<IValidationRule> Rules) For(string query, string? operation, bool queriesOnly) =>
        _documents.TryGetValue((query, operation, queriesOnly), out var document)
            ? (document, queriesOnly ? GetRulesWhenCached : [])
            : (null, queriesOnly ? _getRules.Value : _postRules.Value);

    /// <summary>Keeps a document that validated, while there is room.</summary>
    public void Keep(string query, string? operation, bool queriesOnly, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength || _documents.Count >= MaxDocuments) return;
        _documents.TryAdd((query, operation, queriesOnly), document);
    }

    /// <summary>The standard rules, the depth and complexity limits, and for GET the queries-only rule.</summary>
    private static IValidationRule[] Rules(GraphQLLimits limits, bool queriesOnly)
    {
        var complexity = new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = limits.MaxDepth,
            MaxComplexity = limits.MaxComplexity,
            DefaultScalarImpact = 1,
            DefaultObjectImpact = 1,
            DefaultListImpactMultiplier = 10,
        }.PricingIntrospection());
        return queriesOnly ? [.. DocumentValidator.CoreRules, complexity, new QueriesOnlyRule()] : [.. DocumentValidator.CoreRules, complexity];
    }
}
