using GpSafetyHub.Coverage;
using GpSafetyHub.Grains.ReadModels;
using GpSafetyHub.Practices;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Practices;

/// <summary>
/// An ICB's estate and coverage: a row per practice (up to a few hundred, each with a summary per
/// programme), kept as rows of one table partition and in memory while active.
/// </summary>
[GrainType("icb-estate")]
public sealed class IcbEstateGrain(ReadModelStore store, ILogger<IcbEstateGrain> logger) : Grain, IIcbEstateGrain
{
    // Enough parallel practice refreshes to rebuild an ICB quickly without flooding storage.
    private const int RebuildParallelism = 16;
    private VersionedRows<PracticeCoverage> _estate = null!;
    private ReadModelFeed _readModels = null!;
    private bool _announced;

    // Coverage as last worked out, and what it was worked out from: the rows' generation, the versions and the day.
    private (long Generation, Dictionary<string, int?> Versions, DateOnly Today, IcbCoverage Coverage)? _computed;

    private string Model => $"icb/{this.GetPrimaryKeyString()}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _readModels = new(this, logger);
        _estate = new(store, Model, r => r.OdsCode, r => r.Version);
        await _estate.LoadAsync(cancellationToken);
        if (Rows.Values.Any(r => r.Practice is not null)) Announce();
    }

    private SortedDictionary<string, PracticeCoverage> Rows => _estate.Rows;

    public async Task Update(PracticeCoverage practice)
    {
        await _estate.UpsertAsync(practice);
        Announce();
    }

    public Task Remove(string odsCode, long version) => _estate.UpsertAsync(PracticeCoverage.Moved(odsCode, version));

    public Task<IReadOnlyList<PracticeView>> Practices() =>
        Task.FromResult<IReadOnlyList<PracticeView>>(Rows.Values.Select(r => r.Practice).OfType<PracticeView>().ToArray());

    public Task<IReadOnlyList<PracticeCoverage>> Coverage() =>
        Task.FromResult<IReadOnlyList<PracticeCoverage>>(Rows.Values.Where(r => r.Practice is not null).ToArray());

    public Task<IcbCoverage> ComputedCoverage(IReadOnlyDictionary<string, int?> currentVersions, DateOnly today)
    {
        if (_computed is { } kept && kept.Generation == _estate.Generation && kept.Today == today && SameVersions(kept.Versions, currentVersions))
            return Task.FromResult(kept.Coverage);
        var coverage = IcbCoverage.Compute(this.GetPrimaryKeyString(), Rows.Values.ToArray(), currentVersions, today);
        _computed = (_estate.Generation, new Dictionary<string, int?>(currentVersions, StringComparer.Ordinal), today, coverage);
        return Task.FromResult(coverage);
    }

    private static bool SameVersions(Dictionary<string, int?> kept, IReadOnlyDictionary<string, int?> asked) =>
        kept.Count == asked.Count && asked.All(v => kept.TryGetValue(v.Key, out var version) && version == v.Value);

    public async Task<IReadOnlyList<PracticeCoverage>> Rebuild()
    {
        var practices = Rows.Keys.ToArray();
        foreach (var batch in practices.Chunk(RebuildParallelism))
            // A practice found to be in another ICB now is removed here; its new ICB hears from it directly.
            // The batch's rows are handed over together, so they are stored together.
            await Task.WhenAll((await Task.WhenAll(batch.Select(ods => GrainFactory.GetGrain<IPracticeGrain>(ods).RefreshCoverage())))
                .Select(row => _estate.ReplaceAsync(row.Practice?.Details.IcbCode == this.GetPrimaryKeyString() ? row : PracticeCoverage.Moved(row.OdsCode, row.Version))));
        return await Coverage();
    }

    /// <summary>Makes sure national figures include this ICB (once per activation is enough).</summary>
    private void Announce()
    {
        if (_announced) return;
        _announced = true;
        var icb = this.GetPrimaryKeyString();
        _readModels.Send("icb-directory", () => GrainFactory.GetGrain<IIcbDirectoryGrain>(IIcbDirectoryGrain.Key).Add(icb));
    }
}
