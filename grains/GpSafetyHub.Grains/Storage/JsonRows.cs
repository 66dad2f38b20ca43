using Azure;
using Azure.Data.Tables;
using GpSafetyHub.Errors;
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

    /// <summary>
    /// Adds the row (<paramref name="etag"/> null) or replaces it if unchanged since it was read.
    /// A writer that lost a race is told CONFLICT with <paramref name="conflict"/>, naming <paramref name="field"/>.
    /// </summary>
    public static async Task<ETag> WriteAsync(TableClient table, TableEntity entity, ETag? etag, string conflict, string field, CancellationToken cancellationToken)
    {
        try
        {
            var response = etag is { } held
                ? await table.UpdateEntityAsync(entity, held, TableUpdateMode.Replace, cancellationToken)
                : await table.AddEntityAsync(entity, cancellationToken);
            return response.Headers.ETag ?? throw new InvalidOperationException("Table storage returned no ETag.");
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConflictException(conflict, field);
        }
    }

    /// <summary>Every row of one partition.</summary>
    public static IAsyncEnumerable<TableEntity> Partition(TableClient table, string partition, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(partition)}"), cancellationToken: cancellationToken);
}
