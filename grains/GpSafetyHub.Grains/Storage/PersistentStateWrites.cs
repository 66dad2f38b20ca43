namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Writes of grain state that keep memory and storage agreeing: a change is made in memory, then
/// written; if the write fails the change is taken back, so a sender's retry of the same update is
/// not mistaken for a repeat of one already held.
/// </summary>
internal static class PersistentStateWrites
{
    public static async Task WriteOrUndoAsync<T>(this IPersistentState<T> state, Action undo)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }

    /// <summary>Sets <paramref name="entries"/>[<paramref name="key"/>] and writes; on failure puts back what was there.</summary>
    public static Task SetAndWriteAsync<TState, TKey, TValue>(
        this IPersistentState<TState> state, IDictionary<TKey, TValue> entries, TKey key, TValue value)
    {
        var had = entries.TryGetValue(key, out var held);
        entries[key] = value;
        return state.WriteOrUndoAsync(() =>
        {
            if (had) entries[key] = held!;
            else entries.Remove(key);
        });
    }
}
