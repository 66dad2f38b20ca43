using GpSafetyHub.GraphQL.Introspection;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// Documents already parsed and validated, so a request the hub has seen before (clients send the
/// same few documents with different variables) skips the parse and the standard rules, which
/// look at the document alone. The complexity and depth limits still run on every request: they
/// weigh the operation chosen, list sizes given as variables (<c>first: $n</c>) and fields kept by
/// <c>@include(if: $v)</c>. A GET still checks that its operation is a query. Bounded by the total
/// length of the documents kept, least recently used first out, so a caller sending endless
/// distinct documents only pushes out others. (graphql-dotnet's own cache, in
/// GraphQL.MemoryCache, is not among the packages served.)
/// </summary>
public sealed class ValidatedDocuments(IOptions<GraphQLLimits> limits) : IDisposable
{
    /// <summary>The longest document kept: the hub's own documents are a few hundred characters.</summary>
    public const int MaxQueryLength = 10_000;

    /// <summary>The total length of the documents kept (their parsed trees take several times as much memory).</summary>
    public const long MaxTotalLength = 1_000_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxTotalLength });
    private readonly Lazy<IValidationRule> _complexity = new(() => Complexity(limits.Value));
    private readonly Lazy<IValidationRule[]> _postRules = new(() => [.. DocumentValidator.CoreRules]);
    private static readonly QueriesOnlyRule QueriesOnly = new();

    /// <summary>The document kept for this request, if any, and the rules the request must pass.</summary>
    public (GraphQLDocument? Document, IEnumerable<IValidationRule> Rules) For(string query, string? operation, bool queriesOnly)
    {
        var document = _documents.Get<GraphQLDocument>((query, operation, queriesOnly));
        IEnumerable<IValidationRule> perRequest = queriesOnly ? [_complexity.Value, QueriesOnly] : [_complexity.Value];
        return (document, document is null ? [.. _postRules.Value, .. perRequest] : perRequest);
    }

    /// <summary>Keeps a document that validated.</summary>
    public void Keep(string query, string? operation, bool queriesOnly, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength) return;
        _documents.Set((query, operation, queriesOnly), document, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromHours(1) });
    }

    public void Dispose() => _documents.Dispose();

    /// <summary>The depth and complexity limits, introspection priced as the hub prices it.</summary>
    private static ComplexityValidationRule Complexity(GraphQLLimits limits) => new(new ComplexityOptions
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        DefaultScalarImpact = 1,
        DefaultObjectImpact = 1,
        DefaultListImpactMultiplier = 10,
    }.PricingIntrospection());
}
