using Azure.Data.Tables;
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

    /// <summary>Writes several rows of one read model (distinct keys), in entity-group transactions of its partition.</summary>
    public async Task WriteAllAsync<T>(string model, IReadOnlyCollection<(string Key, T Row)> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 1)
        {
            var (key, row) = rows.First();
            await WriteAsync(model, key, row, cancellationToken);
            return;
        }

        var store = Rows<T>();
        foreach (var group in EntityGroups.Of(rows.Select(r => store.Entity(model, r.Key, r.Row))))
            await tables.ReadModels.SubmitTransactionAsync(group.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
    }

    private RowStore<T> Rows<T>() => new(tables.ReadModels, (model, key) => $"Read model row {model}/{key}");
}
