using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Practices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace GpSafetyHub.Grains.Practices;

[GrainType("icb-mergers")]
[StatelessWorker]
public sealed partial class IcbMergersGrain([FromKeyedServices(HubClock.Key)] TimeProvider clock, ILogger<IcbMergersGrain> logger) : Grain, IIcbMergersGrain
{
    // As for bulk registration: enough parallel moves to merge a large ICB quickly without flooding storage.
    private const int Parallelism = 16;

    private static readonly FieldViolation NotConfirmed =
        new("odsCode", "could not be confirmed as moved (storage did not answer): run the merger again; repeating it is harmless");

    public async Task<IcbMergerReport> Merge(IcbMerger merger, string reason, Actor actor)
    {
        var valid = merger.Validated(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var why = ChangeReason.Require(reason);
        var estates = await Task.WhenAll(valid.From.Select(icb => GrainFactory.GetGrain<IIcbEstateGrain>(icb).Practices()));
        var practices = estates.SelectMany(e => e).Select(p => p.OdsCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var moved = await Batches.SelectAsync(practices, Parallelism, ods => TryMove(ods, valid, why, actor));
        return new IcbMergerReport(
            valid,
            practices.Where((_, i) => moved[i] == true).ToArray(),
            practices.Where((_, i) => moved[i] == false).ToArray(),
            practices.Select((ods, i) => (ods, i)).Where(x => moved[x.i] is null).Select(x => new RefusedRow(x.i + 1, x.ods, [NotConfirmed])).ToArray());
    }

    /// <summary>True when moved, false when there was nothing to move, null when storage did not confirm it.</summary>
    private async Task<bool?> TryMove(string odsCode, IcbMerger merger, string reason, Actor actor)
    {
        try
        {
            return await GrainFactory.GetGrain<IPracticeGrain>(odsCode).MoveByIcbMerger(merger, reason, actor);
        }
        catch (Exception e) when (e is StorageUnavailableException or not HubException)
        {
            LogMoveFailed(logger, odsCode, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving practice {OdsCode} for an ICB merger failed")]
    private static partial void LogMoveFailed(ILogger logger, string odsCode, Exception exception);
}
