using GpSafetyHub.Errors;
using GpSafetyHub.Grains.ReadModels;
using GpSafetyHub.Localisations;

namespace GpSafetyHub.Grains.Localisations;

/// <summary>
/// One row per practice localising a programme — up to thousands, so kept as rows of a table
/// partition rather than one state — loaded into memory on activation, ordered by ODS code.
/// </summary>
[GrainType("programme-localisations")]
public sealed class ProgrammeLocalisationsGrain(ReadModelStore store) : Grain, IProgrammeLocalisationsGrain
{
    public const int MaxPage = 500;
    private readonly SortedDictionary<string, LocalisationSummary> _rows = new(StringComparer.Ordinal);

    private string Model => $"programme-localisations/{this.GetPrimaryKeyString()}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, row) in await store.LoadAsync<LocalisationSummary>(Model, cancellationToken))
            _rows[key] = row;
    }

    public async Task Upsert(LocalisationSummary summary)
    {
        if (_rows.TryGetValue(summary.OdsCode, out var held) && held.JournalVersion >= summary.JournalVersion) return;
        await store.WriteAsync(Model, summary.OdsCode, summary, CancellationToken.None);
        _rows[summary.OdsCode] = summary;
    }

    public Task<(IReadOnlyList<LocalisationSummary> Rows, int Total, bool HasMore)> Page(int first, string? after)
    {
        if (first is < 1 or > MaxPage) throw new ValidationFailedException("first", $"must be from 1 to {MaxPage}");
        var page = _rows.Values.Where(r => after is null || string.CompareOrdinal(r.OdsCode, after) > 0).Take(first + 1).ToArray();
        return Task.FromResult<(IReadOnlyList<LocalisationSummary>, int, bool)>((page.Take(first).ToArray(), _rows.Count, page.Length > first));
    }
}
