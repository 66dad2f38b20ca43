using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Coverage;

/// <summary>
/// One practice as its ICB's coverage read model holds it: the directory entry and a summary of
/// each localisation, with a version that rises with every change to either (the practice's
/// revision plus its localisations' journal versions). A row with no practice is a tombstone: the
/// practice moved to another ICB at that version.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Coverage.PracticeCoverage")]
public sealed record PracticeCoverage(
    [property: Id(0)] string OdsCode,
    [property: Id(1)] PracticeView? Practice,
    [property: Id(2)] IReadOnlyList<LocalisationSummary> Localisations,
    [property: Id(3)] long Version)
{
    public static PracticeCoverage Of(PracticeView practice, IReadOnlyList<LocalisationSummary> localisations) => new(
        practice.OdsCode, practice, localisations, practice.Revision + localisations.Sum(l => l.JournalVersion));

    public static PracticeCoverage Moved(string odsCode, long version) => new(odsCode, null, [], version);
}
