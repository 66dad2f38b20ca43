using System.Diagnostics.Metrics;
using GpSafetyHub.Coverage;
using GpSafetyHub.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using GpSafetyHub.Practices;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Practices;

/// <summary>
/// One repair per dead silo, however many survivors ask: a request waits for the one under way, and
/// the repair is claimed in storage first (with its ETag), because just after a silo dies the
/// cluster can briefly hold two activations of one grain. ICBs are rebuilt one after another, so
/// the repair adds a steady load rather than a burst; a repair that failed, or whose claimer died an
/// hour or more ago without finishing, runs again at the next request. Counted as
/// <c>hub.readmodels.repaired</c> (meter <c>GpSafetyHub.ReadModels</c>): ICB coverages rebuilt.
/// </summary>
[GrainType("silo-loss-repair")]
public sealed partial class SiloLossRepairGrain(
    [PersistentState("repair", HubStorage.ProviderName)] IPersistentState<SiloLossRepairState> claim,
    [FromKeyedServices(HubClock.Key)] TimeProvider clock,
    IMeterFactory meters,
    ILogger<SiloLossRepairGrain> logger) : Grain, ISiloLossRepairGrain
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public const string MeterName = "GpSafetyHub.ReadModels";

    private readonly Counter<long> _repaired = meters.Create(MeterName)
        .CreateCounter<long>("hub.readmodels.repaired", "{icb}", "ICB coverages rebuilt after a silo died without handing over.");

    private Task<int>? _repair;

    public Task<int> Repair()
    {
        if (_repair is null || _repair.IsFaulted) _repair = RepairAsync();
        return _repair;
    }

    private async Task<int> RepairAsync()
    {
        var now = clock.GetUtcNow();
        if (claim.State.Rebuilt is { } done) return done;
        if (claim.State.ClaimedAt is { } claimed && now - claimed < AbandonedAfter) return 0;
        claim.State.ClaimedAt = now;
        try
        {
            await claim.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation claimed it first.
            return 0;
        }

        IReadOnlyList<string> icbs;
        try
        {
            icbs = await GrainFactory.GetGrain<IIcbDirectoryGrain>(IIcbDirectoryGrain.Key).List();
            LogRepairing(logger, this.GetPrimaryKeyString(), icbs.Count);
            foreach (var icb in icbs)
            {
                await GrainFactory.GetGrain<IIcbEstateGrain>(icb).Rebuild();
                _repaired.Add(1);
            }
        }
        catch
        {
            // Given up, so the next request (a survivor trying again) repairs from the start.
            claim.State.ClaimedAt = null;
            await claim.WriteStateAsync();
            throw;
        }

        LogRepaired(logger, this.GetPrimaryKeyString(), icbs.Count);
        claim.State.Rebuilt = icbs.Count;
        await claim.WriteStateAsync();
        return icbs.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} died without handing over: rebuilding the coverage of {Icbs} ICB(s) in case an update was lost with it.")]
    private static partial void LogRepairing(ILogger logger, string silo, int icbs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read models repaired after the loss of silo {Silo}: {Icbs} ICB(s) rebuilt.")]
    private static partial void LogRepaired(ILogger logger, string silo, int icbs);
}

[GenerateSerializer, Alias("hub.Grains.Practices.SiloLossRepairState")]
public sealed class SiloLossRepairState
{
    /// <summary>When a survivor began the repair.</summary>
    [Id(0)]
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>How many ICBs it rebuilt, once done.</summary>
    [Id(1)]
    public int? Rebuilt { get; set; }
}
