using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using Orleans.Concurrency;

namespace GpSafetyHub.Practices;

/// <summary>A GP practice in the directory, keyed by its ODS code. Every change, a move of ICB included, is in its history.</summary>
public interface IPracticeGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the entry, or updates it: <paramref name="given"/> fields replace, <paramref name="clear"/>
    /// fields are emptied, the rest keep their values (see <see cref="PracticeMerge"/>). A row outside
    /// <paramref name="scope"/>, or one that leaves the entry invalid, is refused and changes nothing.
    /// </summary>
    Task<PracticeRegistrationResult> Register(PracticeDetails given, IReadOnlyList<PracticeField> clear, Actor actor, RegistrationScope scope);

    /// <summary>Moves the practice into the merger's new ICB if it is in one of the merging ICBs; false when there was nothing to move.</summary>
    Task<bool> MoveByIcbMerger(IcbMerger merger, string reason, Actor actor);

    /// <summary>The entry. Interleaves (a synchronous read): localisations call it while the practice may be waiting on them.</summary>
    [AlwaysInterleave]
    Task<PracticeView> Get();

    /// <summary>
    /// The practice's coverage row: its entry and its localisations' summaries, as its ICB holds it
    /// (what access checks and alert rules read). Interleaves, like <see cref="Get"/>.
    /// </summary>
    [AlwaysInterleave]
    Task<Coverage.PracticeCoverage> GetCoverage();

    [ReadOnly]
    Task<HistoryPage> GetHistory(int first, long? before);

    /// <summary>Records the latest summary of one of the practice's localisations (fed by the localisation; older ones ignored).</summary>
    Task NoteLocalisation(LocalisationSummary summary);

    /// <summary>The practice's localisations, one per programme it has joined (or left), by programme id.</summary>
    [ReadOnly]
    Task<IReadOnlyList<LocalisationSummary>> Localisations();

    /// <summary>
    /// Re-reads the practice's localisation of every programme from the localisation grains (newer
    /// summaries replace older, none is dropped), tells its ICB, and returns its coverage row.
    /// </summary>
    [ResponseTimeout("00:02:00")]
    Task<Coverage.PracticeCoverage> RefreshCoverage();
}
