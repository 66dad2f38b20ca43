using GpSafetyHub.Alerts;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Coverage;

/// <summary>
/// The reads that span the estate, in one place for everything that needs them (coverage, who an
/// alert concerns, the reminder scan): every ICB's rows, every alert's records, a bounded number
/// of grain calls at a time.
/// </summary>
public static class EstateReads
{
    /// <summary>Enough parallel grain calls to read a national estate quickly without flooding one silo.</summary>
    public const int Parallelism = 16;

    /// <summary>Each ICB in the directory with its practices' rows, in the directory's order.</summary>
    public static async Task<IReadOnlyList<IcbRows>> EachIcbAsync(this IGrainFactory grains)
    {
        var icbs = await grains.GetGrain<IIcbDirectoryGrain>(IIcbDirectoryGrain.Key).List();
        var rows = await Batches.SelectAsync(icbs, Parallelism, icb => grains.GetGrain<IIcbEstateGrain>(icb).Coverage());
        return icbs.Zip(rows, (icb, r) => new IcbRows(icb, r)).ToArray();
    }

    /// <summary>Every recorded response to each alert, in the alerts' order.</summary>
    public static Task<IReadOnlyList<IReadOnlyDictionary<string, CasPracticeResponse>>> RecordsOfAsync(this IGrainFactory grains, IEnumerable<CasAlertView> alerts) =>
        Batches.SelectAsync(alerts, Parallelism, a => grains.GetGrain<ICasAlertGrain>(a.Reference).Records(null));
}

/// <summary>An ICB's practices' rows.</summary>
public sealed record IcbRows(string IcbCode, IReadOnlyList<PracticeCoverage> Rows);
