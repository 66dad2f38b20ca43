namespace GpSafetyHub.Grains.ReadModels;

/// <summary>
/// A read model's rows held in memory by key and stored one entity each: loaded on activation, and
/// replaced only by a row of a newer version, so repeated and late pushes are harmless.
/// </summary>
internal sealed class VersionedRows<T>(ReadModelStore store, string model, Func<T, string> keyOf, Func<T, long> versionOf)
    where T : class
{
    public SortedDictionary<string, T> Rows { get; } = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, row) in await store.LoadAsync<T>(model, cancellationToken)) Rows[key] = row;
    }

    /// <summary>Stores and keeps <paramref name="row"/> unless a row as new or newer is held.</summary>
    public async Task UpsertAsync(T row)
    {
        var key = keyOf(row);
        if (Rows.TryGetValue(key, out var held) && versionOf(held) >= versionOf(row)) return;
        await store.WriteAsync(model, key, row, CancellationToken.None);
        Rows[key] = row;
    }
}
