namespace GpSafetyHub;

/// <summary>
/// Work over many items a batch at a time, each batch concurrently. Batches are awaited in turn,
/// rather than with Parallel.ForEachAsync, so that inside a grain every call stays on the grain's scheduler.
/// </summary>
public static class Batches
{
    /// <summary>Each item's result, in the items' order.</summary>
    public static async Task<IReadOnlyList<TResult>> SelectAsync<T, TResult>(IEnumerable<T> items, int batchSize, Func<T, Task<TResult>> run)
    {
        var results = new List<TResult>();
        foreach (var batch in items.Chunk(batchSize)) results.AddRange(await Task.WhenAll(batch.Select(run)));
        return results;
    }

    public static async Task ForEachAsync<T>(IEnumerable<T> items, int batchSize, Func<T, Task> run)
    {
        foreach (var batch in items.Chunk(batchSize)) await Task.WhenAll(batch.Select(run));
    }
}
