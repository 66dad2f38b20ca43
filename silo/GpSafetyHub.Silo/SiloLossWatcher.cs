using GpSafetyHub.Coverage;
using Orleans.Runtime;

namespace GpSafetyHub.Silo;

/// <summary>
/// Watches the cluster's membership and, when a silo this one saw active is declared dead without
/// having begun to shut down (a crash, not a stop), asks for the read models to be repaired
/// (<see cref="ISiloLossRepairGrain"/>). Deaths from before this silo joined are not repaired again:
/// the silos present then did it.
/// </summary>
internal sealed partial class SiloLossWatcher(IClusterMembershipService membership, IGrainFactory grains, ILogger<SiloLossWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The last status seen of each silo that was ever seen alive.
        var seen = new Dictionary<SiloAddress, SiloStatus>();
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                foreach (var member in snapshot.Members.Values)
                {
                    var before = seen.GetValueOrDefault(member.SiloAddress, SiloStatus.None);
                    if (member.Status == SiloStatus.Dead && before == SiloStatus.Active) _ = RepairAsync(member.SiloAddress);
                    if (member.Status != SiloStatus.Dead || before != SiloStatus.None) seen[member.SiloAddress] = member.Status;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The silo is stopping.
        }
    }

    private async Task RepairAsync(SiloAddress dead)
    {
        try
        {
            await grains.GetGrain<ISiloLossRepairGrain>(dead.ToParsableString()).Repair();
        }
        catch (Exception e)
        {
            // Not this silo's to retry: the other survivors asked too, and a rebuild can be run by hand.
            LogRepairFailed(logger, dead.ToParsableString(), e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Repairing the read models after the loss of silo {Silo} failed; run rebuildIcbCoverage for each ICB if no other silo did.")]
    private static partial void LogRepairFailed(ILogger logger, string silo, Exception e);
}
