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
        where T : class
    {
        var rows = new Dictionary<string, T>(StringComparer.Ordinal);
        await foreach (var entity in JsonRows.Partition(tables.ReadModels, model, cancellationToken))
            rows[JsonRows.KeyOf(entity)] = JsonRows.Read<T>(entity);
        return rows;
    }

    public async Task WriteAsync<T>(string model, string key, T row, CancellationToken cancellationToken)
        where T : class =>
        await tables.ReadModels.UpsertEntityAsync(JsonRows.Create(model, key, row, $"Read model row {model}/{key}"), Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
}
