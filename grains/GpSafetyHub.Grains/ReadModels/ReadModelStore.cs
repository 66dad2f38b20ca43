using Azure.Data.Tables;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Grains.ReadModels;

/// <summary>
/// Read-model rows on Azure Tables: one partition per read model (e.g. a programme's
/// localisations), one entity per row with the source version it reflects. A removed row stays as
/// a tombstone with its version, so a late update from before the removal cannot revive it.
/// </summary>
public sealed class ReadModelStore(HubTables tables)
{
    private const string VersionProperty = "Version";
    private const string RemovedProperty = "Removed";

    private TableClient Table => tables.ReadModels;

    /// <summary>Every row of a read model: its version and content (null for a tombstone).</summary>
    public async Task<Dictionary<string, (long Version, T? Row)>> LoadAsync<T>(string model, CancellationToken cancellationToken)
        where T : class
    {
        var rows = new Dictionary<string, (long, T?)>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(model)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var version = entity.GetInt64(VersionProperty) ?? 0;
            var row = entity.GetBoolean(RemovedProperty) == true ? null : JournalCodec.Decode<T>(EntityPayload.Read(entity));
            rows[TableKeys.Unescape(entity.RowKey)] = (version, row);
        }

        return rows;
    }

    /// <summary>Writes a row (or, for null, a tombstone) at <paramref name="version"/>.</summary>
    public async Task WriteAsync<T>(string model, string key, long version, T? row, CancellationToken cancellationToken)
        where T : class
    {
        var entity = new TableEntity(TableKeys.Escape(model), TableKeys.Escape(key)) { [VersionProperty] = version };
        if (row is null) entity[RemovedProperty] = true;
        else EntityPayload.Write(entity, JournalCodec.Encode(row), $"Read model row {model}/{key}");
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
