using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations.Programmes;

/// <summary>Reads of the programme directory that several operations share, each made once per session.</summary>
internal static class ProgrammeReads
{
    public static Task<IReadOnlyList<ProgrammeListing>> ListingsAsync(OperationContext context) =>
        context.Once("programme-listings", () => context.Grains.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List());

    /// <summary>Each programme's current published version number (null before the first).</summary>
    public static async Task<IReadOnlyDictionary<string, int?>> CurrentVersionsAsync(OperationContext context) =>
        (await ListingsAsync(context)).ToDictionary(p => p.Id, p => p.CurrentVersion, StringComparer.Ordinal);
}
