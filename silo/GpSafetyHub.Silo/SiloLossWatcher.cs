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

    // A repair that failed (storage away, say) is asked for again a few times, a minute apart.
    private const int Attempts = 3;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private async Task RepairAsync(SiloAddress dead)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await grains.GetGrain<ISiloLossRepairGrain>(dead.ToParsableString()).Repair();
                return;
            }
            catch (Exception e)
            {
                LogRepairFailed(logger, dead.ToParsableString(), attempt, Attempts, e);
                if (attempt < Attempts) await Task.Delay(RetryAfter);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Repairing the read models after the loss of silo {Silo} failed (attempt {Attempt} of {Attempts}); after the last, run rebuildIcbCoverage for each ICB.")]
    private static partial void LogRepairFailed(ILogger logger, string silo, int attempt, int attempts, Exception e);
}
