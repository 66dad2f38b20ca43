using Azure.Data.Tables;
using GpSafetyHub.Grains.Journals;

namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Table rows that hold one value as the hub's JSON payload (gzip'd, split across binary
/// properties): read models, CAS responses, reminder digests. Keys are escaped here, so callers use plain ones.
/// </summary>
public static class JsonRows
{
    public static TableEntity Create<T>(string partition, string key, T value, string description)
    {
        var entity = new TableEntity(TableKeys.Escape(partition), TableKeys.Escape(key));
        EntityPayload.Write(entity, JournalCodec.Encode(value), description);
        return entity;
    }

    public static T Read<T>(TableEntity entity) => JournalCodec.Decode<T>(EntityPayload.Read(entity));

    public static string KeyOf(TableEntity entity) => TableKeys.Unescape(entity.RowKey);

    /// <summary>Every row of one partition.</summary>
    public static IAsyncEnumerable<TableEntity> Partition(TableClient table, string partition, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(partition)}"), cancellationToken: cancellationToken);
}
