using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Grains.Practices;

/// <summary>The set of ICB codes with practices: 42 in England, so one small persisted state.</summary>
[GrainType("icb-directory")]
public sealed class IcbDirectoryGrain(
    [PersistentState("icbs", HubStorage.ProviderName)] IPersistentState<IcbDirectoryState> directory) : Grain, IIcbDirectoryGrain
{
    public async Task Add(string icbCode)
    {
        if (!directory.State.IcbCodes.Add(icbCode)) return;
        await directory.WriteOrUndoAsync(() => directory.State.IcbCodes.Remove(icbCode));
    }

    public Task<IReadOnlyList<string>> List() =>
        Task.FromResult<IReadOnlyList<string>>(directory.State.IcbCodes.Order(StringComparer.Ordinal).ToArray());
}

[GenerateSerializer, Alias("hub.Grains.Practices.IcbDirectoryState")]
public sealed class IcbDirectoryState
{
    [Id(0)]
    public HashSet<string> IcbCodes { get; set; } = new(StringComparer.Ordinal);
}
