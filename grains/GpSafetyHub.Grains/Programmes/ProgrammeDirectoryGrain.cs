using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Grains.Programmes;

/// <summary>The directory of programmes: one small persisted list, fed by each programme log.</summary>
[GrainType("programme-directory")]
public sealed class ProgrammeDirectoryGrain(
    [PersistentState("directory", HubStorage.ProviderName)] IPersistentState<ProgrammeDirectoryState> directory)
    : Grain, IProgrammeDirectoryGrain
{
    public async Task Upsert(ProgrammeListing listing)
    {
        var programmes = directory.State.Programmes;
        var held = programmes.GetValueOrDefault(listing.Id);
        if (held is not null && held.JournalVersion >= listing.JournalVersion) return;
        await directory.SetAndWriteAsync(programmes, listing.Id, listing);
    }

    public Task<IReadOnlyList<ProgrammeListing>> List() =>
        Task.FromResult<IReadOnlyList<ProgrammeListing>>(
            directory.State.Programmes.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray());
}

[GenerateSerializer, Alias("hub.Grains.Programmes.ProgrammeDirectoryState")]
public sealed class ProgrammeDirectoryState
{
    [Id(0)]
    public Dictionary<string, ProgrammeListing> Programmes { get; set; } = new(StringComparer.Ordinal);
}
