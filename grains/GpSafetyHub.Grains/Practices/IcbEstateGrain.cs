using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Grains.Practices;

/// <summary>
/// The practices of one ICB. Small enough (a few hundred practices) to persist as one state
/// through the grain-storage provider. A removed practice leaves a tombstone with its revision so
/// a late update from before the move cannot bring it back.
/// </summary>
[GrainType("icb-estate")]
public sealed class IcbEstateGrain(
    [PersistentState("estate", HubStorage.ProviderName)] IPersistentState<IcbEstateState> estate) : Grain, IIcbEstateGrain
{
    public async Task Upsert(PracticeView practice)
    {
        if (HeldRevision(practice.OdsCode) >= practice.Revision) return;
        await Change(state =>
        {
            state.Practices[practice.OdsCode] = practice;
            state.Removed.Remove(practice.OdsCode);
        });
    }

    public async Task Remove(string odsCode, long revision)
    {
        if (HeldRevision(odsCode) >= revision) return;
        await Change(state =>
        {
            state.Practices.Remove(odsCode);
            state.Removed[odsCode] = revision;
        });
    }

    public Task<IReadOnlyList<PracticeView>> Practices() =>
        Task.FromResult<IReadOnlyList<PracticeView>>(estate.State.Practices.Values.OrderBy(p => p.OdsCode, StringComparer.Ordinal).ToArray());

    /// <summary>Applies a change and writes it; if the write fails the state is as it was, so a retry is not mistaken for a repeat.</summary>
    private async Task Change(Action<IcbEstateState> change)
    {
        var before = (new Dictionary<string, PracticeView>(estate.State.Practices, StringComparer.Ordinal), new Dictionary<string, long>(estate.State.Removed, StringComparer.Ordinal));
        change(estate.State);
        try
        {
            await estate.WriteStateAsync();
        }
        catch
        {
            (estate.State.Practices, estate.State.Removed) = before;
            throw;
        }
    }

    private long HeldRevision(string odsCode) =>
        estate.State.Practices.TryGetValue(odsCode, out var held) ? held.Revision : estate.State.Removed.GetValueOrDefault(odsCode);
}

[GenerateSerializer]
public sealed class IcbEstateState
{
    [Id(0)]
    public Dictionary<string, PracticeView> Practices { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Practices that moved away, with the revision of the move.</summary>
    [Id(1)]
    public Dictionary<string, long> Removed { get; set; } = new(StringComparer.Ordinal);
}
