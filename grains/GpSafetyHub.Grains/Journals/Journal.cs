using GpSafetyHub.Errors;
using GpSafetyHub.History;
using Orleans.Storage;

namespace GpSafetyHub.Grains.Journals;

/// <summary>
/// One grain's event journal: the state folded from its changes, and the only way to change it.
/// A change is applied to the state in place, then it, the new snapshot and any documents are
/// committed together; if anything fails the state is restored from the last committed snapshot
/// (kept as stored, so the usual path copies nothing). While a write is in flight the state holds
/// the change not yet committed: grain methods that interleave with writes must read what the
/// grain published after its last commit (see <see cref="JournaledGrain{TState, TChange}"/>), never the state itself.
/// </summary>
/// <param name="store">Where journals are kept.</param>
/// <param name="streamId">The journal's id (one table partition).</param>
/// <param name="onUncertainOutcome">
/// Called when a write failed in a way that leaves it unknown whether it landed (a timeout, say);
/// the owning grain deactivates so that its next activation reads the truth.
/// </param>
public sealed class Journal<TState, TChange>(JournalStore store, string streamId, Action onUncertainOutcome)
    where TState : class, IJournaledState<TChange>, new()
{
    // The committed state as stored: what a failed change is undone from. Null before the first commit.
    private byte[]? _committed;

    public TState State { get; private set; } = new();

    /// <summary>The sequence number of the last committed change; 0 for a journal never written.</summary>
    public long Version { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await store.ReadSnapshotAsync<TState>(streamId, cancellationToken);
        (Version, State, _committed) = snapshot is { } s ? (s.Version, s.State, s.Payload) : (0, new TState(), null);
    }

    public async Task<RecordedChange<TChange>> RecordAsync(
        TChange change,
        Actor actor,
        string? reason,
        DateTimeOffset at,
        IReadOnlyList<JournalDocument>? documents = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var recorded = new RecordedChange<TChange>(Version + 1, at, actor, reason, change);
        byte[] committed;
        try
        {
            State.Apply(recorded);
            committed = await store.AppendAsync(streamId, Version, [recorded], State, documents ?? [], cancellationToken);
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote first (e.g. during a silo failover): reload so the next
            // request sees the truth, and tell this caller to re-read. If even the reload fails,
            // the change is undone and the activation goes, so the next one reads the truth.
            Restore();
            try
            {
                await LoadAsync(cancellationToken);
            }
            catch
            {
                onUncertainOutcome();
                throw;
            }

            throw new ConflictException("This record was changed elsewhere at the same moment; re-read it and try again.", null);
        }
        catch (Exception e)
        {
            Restore();
            // A refusal (a size limit, say) wrote nothing; anything else may or may not have landed.
            if (e is not HubException) onUncertainOutcome();
            throw;
        }

        (Version, _committed) = (recorded.Sequence, committed);
        return recorded;
    }

    private void Restore() => State = _committed is null ? new TState() : JournalCodec.Decode<TState>(_committed);

    public const int MaxHistoryPage = 100;

    /// <summary>
    /// A page of history, newest first: up to <paramref name="first"/> changes older than
    /// <paramref name="before"/> (the newest when null), each described for people by <paramref name="describe"/>.
    /// </summary>
    public async Task<HistoryPage> ReadHistoryAsync(
        int first, long? before, Func<RecordedChange<TChange>, HistoryEntry> describe, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxHistoryPage) throw new ValidationFailedException("first", $"must be from 1 to {MaxHistoryPage}");
        if (before is < 1) throw new ValidationFailedException("before", "must be a history sequence number (1 or more)");
        var last = Math.Min((before ?? long.MaxValue) - 1, Version);
        var entries = new List<HistoryEntry>(first);
        if (last >= 1)
        {
            await foreach (var change in store.ReadChangesAsync<TChange>(streamId, Math.Max(1, last - first + 1), last, cancellationToken))
                entries.Add(describe(change));
            entries.Reverse();
        }

        var oldest = entries.Count == 0 ? (long?)null : entries[^1].Sequence;
        return new HistoryPage(entries, Version, oldest > 1 ? oldest : null);
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
