using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GpSafetyHub.Silo.Health;

/// <summary>
/// Probes in the form load balancers and Kubernetes expect: <c>/health/live</c> (the process
/// answers: restart it if not), <c>/health/ready</c> (send it requests: storage answers and the
/// silo is an active cluster member; mail is reported, degraded rather than failing), and
/// <c>/health</c>, every check.
/// </summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", timeout: TimeSpan.FromSeconds(10), tags: [Ready])
            .AddCheck<MembershipHealthCheck>("membership", tags: [Ready])
            .AddCheck<MailHealthCheck>("mail", timeout: TimeSpan.FromSeconds(15), tags: [Ready]);
        services.AddSingleton<MailHealthCheck>();
        return services;
    }

    /// <summary>200 while healthy or degraded, 503 otherwise, with one line per check.</summary>
    public static IEndpointRouteBuilder MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteReport });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteReport });
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteReport });
        return endpoints;
    }

    private static Task WriteReport(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
