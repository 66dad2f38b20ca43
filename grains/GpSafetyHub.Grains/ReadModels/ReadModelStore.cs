using Azure.Data.Tables;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Grains.ReadModels;

/// <summary>
/// Read-model rows on Azure Tables: one partition per read model (e.g. a programme's
/// localisations), one entity per row. Rows carry their own version (the source's journal
/// version), which the owning grain compares before writing.
/// </summary>
public sealed class ReadModelStore(HubTables tables)
{
    private TableClient Table => tables.ReadModels;

    /// <summary>Every row of a read model, by key.</summary>
    public async Task<Dictionary<string, T>> LoadAsync<T>(string model, CancellationToken cancellationToken)
        where T : class
    {
        var rows = new Dictionary<string, T>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(model)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            rows[TableKeys.Unescape(entity.RowKey)] = JournalCodec.Decode<T>(EntityPayload.Read(entity));
        return rows;
    }

    public async Task WriteAsync<T>(string model, string key, T row, CancellationToken cancellationToken)
        where T : class
    {
        var entity = new TableEntity(TableKeys.Escape(model), TableKeys.Escape(key));
        EntityPayload.Write(entity, JournalCodec.Encode(row), $"Read model row {model}/{key}");
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
