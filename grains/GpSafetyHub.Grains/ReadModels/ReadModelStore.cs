using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Grains.ReadModels;

/// <summary>
/// Read-model rows on Azure Tables: one partition per read model (e.g. a programme's
/// localisations), one entity per row. Rows carry their own version (the source's journal
/// version), which the owning grain compares before writing.
/// </summary>
public sealed class ReadModelStore(HubTables tables)
{
    /// <summary>Every row of a read model, by key.</summary>
    public async Task<Dictionary<string, T>> LoadAsync<T>(string model, CancellationToken cancellationToken)
        where T : class =>
        (await Rows<T>().PartitionAsync(model, cancellationToken)).ToDictionary(r => r.Key, r => r.Value.Value, StringComparer.Ordinal);

    public Task WriteAsync<T>(string model, string key, T row, CancellationToken cancellationToken)
        where T : class => Rows<T>().UpsertAsync(model, key, row, cancellationToken);

    private RowStore<T> Rows<T>() => new(tables.ReadModels, (model, key) => $"Read model row {model}/{key}");
}
