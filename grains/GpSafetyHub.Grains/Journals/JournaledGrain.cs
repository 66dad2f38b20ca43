using GpSafetyHub.Errors;
using GpSafetyHub.Grains.ReadModels;
using GpSafetyHub.History;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Journals;

/// <summary>
/// What every event-sourced grain does the same way: open its journal on activation, record
/// changes with the hub's clock, read history, and publish its committed state after every commit
/// and on activation (which repairs a read-model update lost to a crash between a commit and its push).
/// </summary>
/// <remarks>
/// The journal applies a change in place while it is written, so a grain method that interleaves
/// with writes ([AlwaysInterleave], timers that interleave) must read what <see cref="PublishAsync"/>
/// kept after the last commit, never <see cref="State"/>.
/// </remarks>
public abstract class JournaledGrain<TState, TChange>(JournalStore store, TimeProvider clock, ILogger logger) : Grain
    where TState : class, IJournaledState<TChange>, new()
{
    private Journal<TState, TChange> _journal = null!;

    /// <summary>The state folded from the journal (while a change is being written, with that change).</summary>
    protected TState State => _journal.State;

    /// <summary>The sequence number of the last committed change.</summary>
    protected long Version => _journal.Version;

    protected DateTimeOffset Now => clock.GetUtcNow();

    protected DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The read models this grain keeps told of its state.</summary>
    private protected ReadModelFeed ReadModels { get; private set; } = null!;

    /// <summary>The journal's stream (one table partition), e.g. <c>practice/A81001</c>.</summary>
    protected abstract string StreamId { get; }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _journal = new(store, StreamId, DeactivateOnIdle);
        ReadModels = new(this, logger);
        await _journal.LoadAsync(cancellationToken);
        await OnLoadedAsync(cancellationToken);
        await PublishAsync(afterActivation: true);
    }

    /// <summary>Records a change at the hub's time (or <paramref name="at"/>), then publishes the committed state.</summary>
    protected async Task Record(TChange change, Actor actor, string? reason, DateTimeOffset? at = null, IReadOnlyList<JournalDocument>? documents = null)
    {
        try
        {
            await _journal.RecordAsync(change, actor, reason, at ?? Now, documents);
        }
        catch (ConflictException)
        {
            // Another activation wrote first and the journal reloaded what it wrote: publish that.
            await PublishAsync(afterActivation: true);
            throw;
        }

        await PublishAsync(afterActivation: false);
    }

    protected Task<HistoryPage> ReadHistory(int first, long? before, Func<RecordedChange<TChange>, HistoryEntry> describe) =>
        _journal.ReadHistoryAsync(first, before, describe, CancellationToken.None);

    protected Task<(long Version, TState State)> ReplayUntil(DateTimeOffset at) => _journal.ReplayUntilAsync(at, CancellationToken.None);

    protected Task<T?> ReadDocument<T>(string key)
        where T : class => _journal.ReadDocumentAsync<T>(key, CancellationToken.None);

    /// <summary>Loads what the grain keeps beside its journal, once the journal is loaded.</summary>
    protected virtual Task OnLoadedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// After each commit and on activation: keeps what methods that interleave with writes read, and
    /// tells the read models (on activation too, so one missed between a commit and its push is healed).
    /// </summary>
    protected abstract Task PublishAsync(bool afterActivation);
}
