using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace GpSafetyHub.Silo.Health;

/// <summary>
/// Healthy while this silo is an active member of its cluster. A silo that is still joining, or
/// stopping (it hands its grains over first), is not ready, so a load balancer sends its requests
/// elsewhere; it says how many silos the cluster has active.
/// </summary>
internal sealed class MembershipHealthCheck(ISiloStatusOracle membership, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentStatus;
        var active = membership.GetApproximateSiloStatuses(onlyActive: true).Count;
        if (lifetime.ApplicationStopping.IsCancellationRequested)
            return Task.FromResult(HealthCheckResult.Unhealthy($"This silo is stopping ({status}); {active} silos active."));
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"This silo is active; {active} silos active in cluster.")
            : HealthCheckResult.Unhealthy($"This silo is {status}, not yet an active member; {active} silos active."));
    }
}
