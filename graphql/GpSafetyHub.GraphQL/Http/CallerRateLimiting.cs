using System.Globalization;
using System.Threading.RateLimiting;
using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// Rate limiting of <c>/graphql</c>: each caller (the token's subject, else the client address)
/// gets <see cref="GraphQLLimits.RequestsPerMinute"/> requests a minute, and all callers together
/// share <see cref="GraphQLLimits.MaxConcurrentRequests"/> places (and a queue); beyond either,
/// HTTP 429 with Retry-After and the hub's error shape.
/// </summary>
internal static class CallerRateLimiting
{
    public const string Policy = "graphql-per-caller";

    public static IServiceCollection AddCallerRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<GraphQLLimits>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(CallerOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            // Every GraphQL request also takes one of a fixed number of places; the health endpoint does not.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)) return RateLimitPartition.GetNoLimiter("other");
                var limits = http.RequestServices.GetRequiredService<IOptions<GraphQLLimits>>().Value;
                return RateLimitPartition.GetConcurrencyLimiter("graphql", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.MaxConcurrentRequests,
                    QueueLimit = limits.MaxQueuedRequests,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                // The caller's window says when it reopens; a full house clears within moments.
                var perCaller = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                var seconds = perCaller ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 1;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "application/json; charset=utf-8";
                var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
                var error = new HubExecutionError(new RateLimitedException(perCaller
                    ? $"Too many requests: wait {seconds} s and try again."
                    : $"The hub is busy with other requests: wait {seconds} s and try again."));
                await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, cancellationToken);
            };
        });

    private static string CallerOf(HttpContext http) =>
        http.User.FindFirst("sub")?.Value is { } subject ? $"sub:{subject}" : $"address:{http.Connection.RemoteIpAddress}";
}
