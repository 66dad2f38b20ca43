namespace GpSafetyHub.Grains.ReadModels;

/// <summary>
/// A read model's rows held in memory by key and stored one entity each: loaded on activation, and
/// replaced only by a row of a newer version, so repeated and late pushes are harmless.
/// Writes are committed in groups: rows handed over while a write is in flight wait for the next
/// one, which stores the newest row of each key together, in entity-group transactions (an ICB
/// rebuild hands over a batch of rows at once). A caller's task completes once a write holding its
/// row, or a newer one, has landed; only then do readers see it. The owning grains' push methods
/// do not interleave: measured, interleaving them let pushes gather but cost the acknowledged
/// writes a third of their rate (docs/performance.md).
/// </summary>
internal sealed class VersionedRows<T>(ReadModelStore store, string model, Func<T, string> keyOf, Func<T, long> versionOf)
    where T : class
{
    private Dictionary<string, T> _queued = new(StringComparer.Ordinal);
    private TaskCompletionSource _queuedLanded = NewLanding();
    private Dictionary<string, T> _writing = new(StringComparer.Ordinal);
    private Task _writingLanded = Task.CompletedTask;
    private bool _flushing;

    /// <summary>The rows that have landed in storage, by key.</summary>
    public SortedDictionary<string, T> Rows { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts the writes that have landed: what is worked out from <see cref="Rows"/> can be kept until it changes.</summary>
    public long Generation { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, row) in await store.LoadAsync<T>(model, cancellationToken)) Rows[key] = row;
    }

    /// <summary>Stores and keeps <paramref name="row"/> unless a row as new or newer is held or on its way.</summary>
    public Task UpsertAsync(T row) => Enqueue(row, replaceSameVersion: false);

    /// <summary>As <see cref="UpsertAsync"/>, but a row of the same version is written again: a rebuild repairing what storage holds.</summary>
    public Task ReplaceAsync(T row) => Enqueue(row, replaceSameVersion: true);

    private Task Enqueue(T row, bool replaceSameVersion)
    {
        var key = keyOf(row);
        bool Supersedes(T held) => replaceSameVersion ? versionOf(held) > versionOf(row) : versionOf(held) >= versionOf(row);
        if (_queued.TryGetValue(key, out var queued) && Supersedes(queued)) return _queuedLanded.Task;
        if (_writing.TryGetValue(key, out var writing) && Supersedes(writing)) return _writingLanded;
        if (!_queued.ContainsKey(key) && !_writing.ContainsKey(key) && Rows.TryGetValue(key, out var held) && Supersedes(held)) return Task.CompletedTask;

        _queued[key] = row;
        var landed = _queuedLanded.Task;
        if (!_flushing) _ = FlushAsync();
        return landed;
    }

    /// <summary>Writes what is queued, then what was queued meanwhile, until nothing is; a failed group fails its callers, whose feeds retry.</summary>
    private async Task FlushAsync()
    {
        _flushing = true;
        try
        {
            while (_queued.Count > 0)
            {
                var landing = _queuedLanded;
                (_writing, _writingLanded) = (_queued, landing.Task);
                (_queued, _queuedLanded) = (new(StringComparer.Ordinal), NewLanding());
                try
                {
                    await store.WriteAllAsync(model, _writing.Select(r => (r.Key, r.Value)).ToArray(), CancellationToken.None);
                    foreach (var (key, row) in _writing) Rows[key] = row;
                    Generation++;
                    landing.SetResult();
                }
                catch (Exception e)
                {
                    landing.SetException(e);
                }
                finally
                {
                    _writing = new(StringComparer.Ordinal);
                }
            }
        }
        finally
        {
            _flushing = false;
        }
    }

    private static TaskCompletionSource NewLanding() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
