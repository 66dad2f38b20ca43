using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;

namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Rows of one kind in one table, each holding a <typeparamref name="T"/> as the hub's JSON payload
/// (gzip'd, split across binary properties, refused before sending if too large). Keys are escaped
/// here, so callers use plain ones. Read models, CAS responses and reminder digests are kept so.
/// </summary>
/// <param name="table">The table.</param>
/// <param name="describe">How a row is named to people, from its partition and key (in size refusals).</param>
public sealed class RowStore<T>(TableClient table, Func<string, string, string> describe)
{
    public TableEntity Entity(string partition, string key, T value)
    {
        var entity = new TableEntity(TableKeys.Escape(partition), TableKeys.Escape(key));
        EntityPayload.Write(entity, JournalCodec.Encode(value), describe(partition, key));
        return entity;
    }

    public static T ValueOf(TableEntity entity) => JournalCodec.Decode<T>(EntityPayload.Read(entity));

    public static string KeyOf(TableEntity entity) => TableKeys.Unescape(entity.RowKey);

    /// <summary>Every row of one partition, by key, with its ETag.</summary>
    public async Task<Dictionary<string, (T Value, ETag ETag)>> PartitionAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (T, ETag)>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(partition)}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            rows[KeyOf(entity)] = (ValueOf(entity), entity.ETag);
        return rows;
    }

    public async Task<(T Value, ETag ETag)?> FindAsync(string partition, string key, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(partition), TableKeys.Escape(key), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? (ValueOf(entity), entity.ETag) : null;
    }

    /// <summary>The rows of one partition from key <paramref name="first"/> to <paramref name="last"/> (inclusive), in key order, with their ETags: one query for a run of neighbouring rows.</summary>
    public async IAsyncEnumerable<(string Key, T Value, ETag ETag)> RangeAsync(string partition, string first, string last, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(partition)} and RowKey ge {TableKeys.Escape(first)} and RowKey le {TableKeys.Escape(last)}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) yield return (KeyOf(entity), ValueOf(entity), entity.ETag);
    }

    /// <summary>Every row the (OData) filter keeps, in key order.</summary>
    public async IAsyncEnumerable<T> WhereAsync(string filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) yield return ValueOf(entity);
    }

    /// <summary>Writes the row whatever it held: for rows whose owner alone writes them and that carry their own version.</summary>
    public Task UpsertAsync(string partition, string key, T value, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(Entity(partition, key, value), TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Adds the row (<paramref name="etag"/> null) or replaces it if unchanged since it was read; answers the new ETag.
    /// A writer that lost a race is told CONFLICT with <paramref name="conflict"/>, naming <paramref name="field"/>.
    /// </summary>
    public async Task<ETag> WriteAsync(string partition, string key, T value, ETag? etag, string conflict, string field, CancellationToken cancellationToken)
    {
        var entity = Entity(partition, key, value);
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
}
