using System.Globalization;
using System.Threading.RateLimiting;
using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// Per-caller rate limiting of <c>/graphql</c>: each caller (the token's subject, else the client
/// address) gets <see cref="GraphQLLimits.RequestsPerMinute"/> requests a
/// minute; beyond that, HTTP 429 with Retry-After and the hub's error shape.
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
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = (int)Math.Ceiling(wait.TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "application/json; charset=utf-8";
                var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
                var error = new HubExecutionError(new RateLimitedException($"Too many requests: wait {seconds} s and try again."));
                await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, cancellationToken);
            };
        });

    private static string CallerOf(HttpContext http) =>
        http.User.FindFirst("sub")?.Value is { } subject ? $"sub:{subject}" : $"address:{http.Connection.RemoteIpAddress}";
}
