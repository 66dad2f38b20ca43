namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// What one GraphQL request may ask of the hub (configuration section <c>GraphQL</c>): refused
/// before execution, so a single request cannot tie up a silo.
/// </summary>
public sealed class GraphQLLimits
{
    public const string SectionName = "GraphQL";

    /// <summary>The deepest selection nesting; the hub's deepest useful query (introspection) is about 13.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most fields a query may select, each list counting its selections ten times over.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>The largest request body: room for a 2,000-practice CSV import.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests one caller may make in a minute before being told to wait (HTTP 429 with Retry-After).</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>
    /// GraphQL requests this silo works on at once, whoever sends them: a flood of callers (each
    /// within its own per-minute allowance) cannot starve the host. Per silo, like the rate limit.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>Requests that wait for one of those places before the hub answers "busy" (HTTP 429).</summary>
    public int MaxQueuedRequests { get; set; } = 256;
}
