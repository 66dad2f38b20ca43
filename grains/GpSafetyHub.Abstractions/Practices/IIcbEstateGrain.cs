using GpSafetyHub.Coverage;
using Orleans.Concurrency;

namespace GpSafetyHub.Practices;

/// <summary>
/// An ICB's estate and coverage read model (keyed by ICB code): one row per practice with its
/// localisations' summaries, fed by the practices themselves. Rows carry versions: an older
/// update is ignored, and a practice that moved away leaves a tombstone so a late update cannot
/// bring it back.
/// </summary>
public interface IIcbEstateGrain : IGrainWithStringKey
{
    /// <summary>The practice's row, stored once it is newer than the one held. Interleaves, so the rows of practices pushing at once are stored together.</summary>
    [AlwaysInterleave]
    Task Update(PracticeCoverage practice);

    /// <summary>The practice moved to another ICB at <paramref name="version"/>. Interleaves, as <see cref="Update"/>.</summary>
    [AlwaysInterleave]
    Task Remove(string odsCode, long version);

    /// <summary>The ICB's practices, by ODS code. A synchronous read, so it interleaves (even with a rebuild).</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<PracticeView>> Practices();

    /// <summary>The coverage rows held (tombstones excluded), by ODS code. Interleaves, like <see cref="Practices"/>.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<PracticeCoverage>> Coverage();

    /// <summary>
    /// The ICB's coverage against the programmes' current versions on <paramref name="today"/>,
    /// worked out where the rows are and kept until a row, a version or the day changes: every
    /// coverage page, export and national figure asks for it. Interleaves, like <see cref="Coverage"/>.
    /// </summary>
    [AlwaysInterleave]
    Task<IcbCoverage> ComputedCoverage(IReadOnlyDictionary<string, int?> currentVersions, DateOnly today);

    /// <summary>
    /// Rebuilds every row from the source: each practice this ICB has known (moved-away ones
    /// included, in case they came back) re-reads its localisations from the localisation grains.
    /// Returns the rebuilt rows.
    /// </summary>
    [ResponseTimeout("00:10:00")]
    Task<IReadOnlyList<PracticeCoverage>> Rebuild();
}
