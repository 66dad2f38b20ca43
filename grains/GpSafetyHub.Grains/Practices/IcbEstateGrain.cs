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
    private readonly SortedDictionary<string, PracticeCoverage> _rows = new(StringComparer.Ordinal);
    private ReadModelFeed _readModels = null!;
    private bool _announced;

    // Coverage as last worked out, and what it was worked out from: the rows' generation, the versions and the day.
    private long _generation;
    private (long Generation, Dictionary<string, int?> Versions, DateOnly Today, IcbCoverage Coverage)? _computed;

    private string Model => $"icb/{this.GetPrimaryKeyString()}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _readModels = new(this, logger);
        foreach (var (key, row) in await store.LoadAsync<PracticeCoverage>(Model, cancellationToken)) _rows[key] = row;
        if (_rows.Values.Any(r => r.Practice is not null)) Announce();
    }

    public async Task Update(PracticeCoverage practice)
    {
        if (_rows.TryGetValue(practice.OdsCode, out var held) && held.Version >= practice.Version) return;
        await Write(practice);
        Announce();
    }

    public async Task Remove(string odsCode, long version)
    {
        if (_rows.TryGetValue(odsCode, out var held) && held.Version >= version) return;
        await Write(PracticeCoverage.Moved(odsCode, version));
    }

    public Task<IReadOnlyList<PracticeView>> Practices() =>
        Task.FromResult<IReadOnlyList<PracticeView>>(_rows.Values.Select(r => r.Practice).OfType<PracticeView>().ToArray());

    public Task<IReadOnlyList<PracticeCoverage>> Coverage() =>
        Task.FromResult<IReadOnlyList<PracticeCoverage>>(_rows.Values.Where(r => r.Practice is not null).ToArray());

    public Task<IcbCoverage> ComputedCoverage(IReadOnlyDictionary<string, int?> currentVersions, DateOnly today)
    {
        if (_computed is { } kept && kept.Generation == _generation && kept.Today == today && SameVersions(kept.Versions, currentVersions))
            return Task.FromResult(kept.Coverage);
        var coverage = IcbCoverage.Compute(this.GetPrimaryKeyString(), _rows.Values.ToArray(), currentVersions, today);
        _computed = (_generation, new Dictionary<string, int?>(currentVersions, StringComparer.Ordinal), today, coverage);
        return Task.FromResult(coverage);
    }

    private static bool SameVersions(Dictionary<string, int?> kept, IReadOnlyDictionary<string, int?> asked) =>
        kept.Count == asked.Count && asked.All(v => kept.TryGetValue(v.Key, out var version) && version == v.Value);

    public async Task<IReadOnlyList<PracticeCoverage>> Rebuild()
    {
        var practices = _rows.Keys.ToArray();
        foreach (var batch in practices.Chunk(RebuildParallelism))
            foreach (var row in await Task.WhenAll(batch.Select(ods => GrainFactory.GetGrain<IPracticeGrain>(ods).RefreshCoverage())))
                // A practice found to be in another ICB now is removed here; its new ICB hears from it directly.
                await Write(row.Practice?.Details.IcbCode == this.GetPrimaryKeyString() ? row : PracticeCoverage.Moved(row.OdsCode, row.Version));
        return await Coverage();
    }

    private async Task Write(PracticeCoverage row)
    {
        await store.WriteAsync(Model, row.OdsCode, row, CancellationToken.None);
        _rows[row.OdsCode] = row;
        _generation++;
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
