using Orleans.Concurrency;

namespace GpSafetyHub.Localisations;

/// <summary>
/// Every practice's localisation of one programme in one row each (keyed by programme id), fed by
/// the localisations. Rows are tagged with journal versions, so repeated or late pushes are harmless.
/// </summary>
public interface IProgrammeLocalisationsGrain : IGrainWithStringKey
{
    /// <summary>The localisation's row, stored once it is newer than the one held. Interleaves, so rows pushed at once are stored together.</summary>
    [AlwaysInterleave]
    Task Upsert(LocalisationSummary summary);

    /// <summary>Up to <paramref name="first"/> rows after ODS code <paramref name="after"/>, by ODS code; the total; whether more follow.</summary>
    Task<(IReadOnlyList<LocalisationSummary> Rows, int Total, bool HasMore)> Page(int first, string? after);
}
