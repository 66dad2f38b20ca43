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
    private VersionedRows<LocalisationSummary> _rows = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _rows = new(store, $"programme-localisations/{this.GetPrimaryKeyString()}", r => r.OdsCode, r => r.JournalVersion);
        return _rows.LoadAsync(cancellationToken);
    }

    public Task Upsert(LocalisationSummary summary) => _rows.UpsertAsync(summary);

    public Task<(IReadOnlyList<LocalisationSummary> Rows, int Total, bool HasMore)> Page(int first, string? after)
    {
        if (first is < 1 or > MaxPage) throw new ValidationFailedException("first", $"must be from 1 to {MaxPage}");
        var page = _rows.Rows.Values.Where(r => after is null || string.CompareOrdinal(r.OdsCode, after) > 0).Take(first + 1).ToArray();
        return Task.FromResult<(IReadOnlyList<LocalisationSummary>, int, bool)>((page.Take(first).ToArray(), _rows.Rows.Count, page.Length > first));
    }
}
