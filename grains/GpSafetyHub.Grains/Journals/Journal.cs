using GpSafetyHub.History;

namespace GpSafetyHub.Grains.Journals;

/// <summary>
/// One grain's event journal: the state folded from its changes, and the only way to change it.
/// A change is applied to a copy of the state and becomes current only once it, the new snapshot
/// and any documents are committed together; a failed write leaves the state as it was.
/// </summary>
public sealed class Journal<TState, TChange>(JournalStore store, string streamId)
    where TState : class, IJournaledState<TChange>, new()
{
    public TState State { get; private set; } = new();

    /// <summary>The sequence number of the last committed change; 0 for a journal never written.</summary>
    public long Version { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await store.ReadSnapshotAsync<TState>(streamId, cancellationToken);
        (Version, State) = snapshot is { } s ? (s.Version, s.State) : (0, new TState());
    }

    public async Task<RecordedChange<TChange>> RecordAsync(
        TChange change,
        Actor actor,
        string? reason,
        DateTimeOffset at,
        IReadOnlyList<JournalDocument>? documents = null,
        CancellationToken cancellationToken = default)
    {
        var recorded = new RecordedChange<TChange>(Version + 1, at, actor, reason, change);
        var next = JournalCodec.Decode<TState>(JournalCodec.Encode(State));
        next.Apply(recorded);
        await store.AppendAsync(streamId, Version, [recorded], next, documents ?? [], cancellationToken);
        (State, Version) = (next, recorded.Sequence);
        return recorded;
    }

    /// <summary>Up to <paramref name="count"/> changes before sequence <paramref name="before"/>, newest first.</summary>
    public async Task<IReadOnlyList<RecordedChange<TChange>>> ReadNewestFirstAsync(int count, long before, CancellationToken cancellationToken)
    {
        var last = Math.Min(before - 1, Version);
        var first = Math.Max(1, last - count + 1);
        if (last < 1 || count < 1) return [];
        var changes = new List<RecordedChange<TChange>>(count);
        await foreach (var change in store.ReadChangesAsync<TChange>(streamId, first, last, cancellationToken))
            changes.Add(change);
        changes.Reverse();
        return changes;
    }

    /// <summary>The state as it stood at <paramref name="at"/>, rebuilt from the changes recorded by then.</summary>
    public async Task<(long Version, TState State)> ReplayUntilAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var state = new TState();
        long version = 0;
        await foreach (var change in store.ReadChangesUntilAsync<TChange>(streamId, at, cancellationToken))
        {
            state.Apply(change);
            version = change.Sequence;
        }

        return (version, state);
    }

    public Task<T?> ReadDocumentAsync<T>(string key, CancellationToken cancellationToken)
        where T : class => store.ReadDocumentAsync<T>(streamId, key, cancellationToken);
}
