using GpSafetyHub.Grains.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GpSafetyHub.Silo.Health;

/// <summary>Healthy while the storage account answers.</summary>
internal sealed class StorageHealthCheck(HubTables tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await tables.IsReachableAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Table storage answered.")
            : HealthCheckResult.Unhealthy("Table storage did not answer.");
}
