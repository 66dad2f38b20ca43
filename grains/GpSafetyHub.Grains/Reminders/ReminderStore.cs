using Azure;
using Azure.Data.Tables;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Grains.Reminders;

/// <summary>
/// Reminder digests on Azure Tables: a partition per day decided (<c>day-2026-11-23</c>), a row per
/// digest, and an index partition (<c>pending</c>) naming every digest not yet sent, so senders
/// find them however old they are; each index row says when its digest may next be claimed. The
/// index row is written before its digest and removed after it is sent; an index row whose digest
/// is missing or sent is stale and dropped when met.
/// </summary>
public sealed class ReminderStore(HubTables tables)
{
    private const string PendingPartition = "pending";
    private const int MaxTransactionRows = EntityGroups.MaxRows;
    private const int ParallelTransactions = 4;

    private readonly RowStore<ReminderDigest> _digests = new(tables.Reminders, (_, id) => $"Reminder digest {id}");

    private TableClient Table => tables.Reminders;

    private static string DayPartition(DateOnly day) => $"day-{day:yyyy-MM-dd}";

    /// <summary>
    /// Records a run's new digests: index rows first, then the digests, each in entity-group
    /// transactions of up to 100 rows of one partition. Recording the same digests again (a
    /// retried run) changes nothing.
    /// </summary>
    public async Task AddAllAsync(IReadOnlyList<ReminderDigest> digests, CancellationToken cancellationToken)
    {
        var index = digests.Select(d => IndexRow(d.Id, d.DecidedAt)).Chunk(MaxTransactionRows)
            .Select(rows => rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToArray());
        await Batches.ForEachAsync(index, ParallelTransactions, actions => Table.SubmitTransactionAsync(actions, cancellationToken));

        var rows = digests.GroupBy(d => DayPartition(ReminderDigest.DayOf(d.Id))).SelectMany(day => EntityGroups.Of(day.Select(Entity)));
        await Batches.ForEachAsync(rows, ParallelTransactions, async entities =>
        {
            try
            {
                await Table.SubmitTransactionAsync(entities.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                // Some were recorded by an earlier attempt of this run: add the rest one by one.
                foreach (var entity in entities) await AddIfMissingAsync(entity, cancellationToken);
            }
        });
    }

    private async Task AddIfMissingAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    public Task<(ReminderDigest Value, ETag ETag)?> GetAsync(string id, CancellationToken cancellationToken) =>
        _digests.FindAsync(DayPartition(ReminderDigest.DayOf(id)), id, cancellationToken);

    /// <summary>
    /// The digests of <paramref name="ids"/> that are recorded, with their ETags. The ids a sender
    /// claims are usually neighbours (a scan's digests, in id order), so each day's are read with
    /// one range query rather than a read apiece; where the range turns out sparse (retries among
    /// digests already sent), the query is abandoned and the rest are read one by one, in parallel.
    /// </summary>
    public async Task<Dictionary<string, (ReminderDigest Value, ETag ETag)>> FindAllAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, (ReminderDigest, ETag)>(StringComparer.Ordinal);
        foreach (var day in ids.GroupBy(ReminderDigest.DayOf))
        {
            // The range runs in stored (escaped) key order.
            var keys = day.OrderBy(TableKeys.Escape, StringComparer.Ordinal).ToArray();
            var wanted = keys.ToHashSet(StringComparer.Ordinal);
            var scanned = 0;
            await foreach (var (key, digest, etag) in _digests.RangeAsync(DayPartition(day.Key), keys[0], keys[^1], cancellationToken))
            {
                if (wanted.Contains(key)) found[key] = (digest, etag);
                if (++scanned > (2 * keys.Length) + 10) break;
            }

            // Whatever the range did not reach is read by itself: a digest is only ever taken as missing on a read of its own.
            var unread = keys.Where(k => !found.ContainsKey(k)).ToArray();
            foreach (var (key, stored) in await Task.WhenAll(unread.Select(async k => (k, await GetAsync(k, cancellationToken)))))
                if (stored is { } s) found[key] = s;
        }

        return found;
    }

    /// <summary>Replaces the digest if it is still as read (<paramref name="etag"/>), returning its new ETag; CONFLICT if another writer changed it.</summary>
    public Task<ETag> UpdateAsync(ReminderDigest digest, ETag etag, CancellationToken cancellationToken) =>
        _digests.WriteAsync(DayPartition(ReminderDigest.DayOf(digest.Id)), digest.Id, digest, etag, $"Reminder digest {digest.Id} was changed elsewhere at the same moment.", "digestId", cancellationToken);

    /// <summary>
    /// Replaces each digest if it is still as read, each day's digests in entity-group
    /// transactions. Gives, in order, whether each was written and its new ETag; a transaction
    /// refused because another writer changed one of its digests is retried digest by digest.
    /// </summary>
    public async Task<IReadOnlyList<(bool Written, ETag? ETag)>> UpdateAllAsync(IReadOnlyList<(ReminderDigest Digest, ETag ETag)> digests, CancellationToken cancellationToken)
    {
        var results = new (bool, ETag?)[digests.Count];
        var position = Enumerable.Range(0, digests.Count).ToDictionary(i => digests[i].Digest.Id, StringComparer.Ordinal);
        var groups = digests.GroupBy(d => DayPartition(ReminderDigest.DayOf(d.Digest.Id))).SelectMany(day => EntityGroups.Of(day.Select(d => Entity(d.Digest))));
        foreach (var group in groups)
        {
            var at = group.Select(e => position[RowStore<ReminderDigest>.KeyOf(e)]).ToArray();
            try
            {
                var responses = (await Table.SubmitTransactionAsync(group.Select((e, k) => new TableTransactionAction(TableTransactionActionType.UpdateReplace, e, digests[at[k]].ETag)), cancellationToken)).Value;
                for (var k = 0; k < at.Length; k++) results[at[k]] = (true, responses[k].Headers.ETag);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                foreach (var i in at)
                {
                    try
                    {
                        results[i] = (true, await UpdateAsync(digests[i].Digest, digests[i].ETag, cancellationToken));
                    }
                    catch (Errors.ConflictException)
                    {
                        results[i] = (false, null);
                    }
                }
            }
        }

        return results;
    }

    /// <summary>Ids of unsent digests that may be claimed at <paramref name="now"/> (not waiting for a retry or held by a sender), oldest first.</summary>
    public async IAsyncEnumerable<string> ClaimableIdsAsync(DateTimeOffset now, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PendingPartition} and NextClaimAt le {now}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) yield return RowStore<ReminderDigest>.KeyOf(entity);
    }

    /// <summary>Ids of every digest the index holds as unsent, whether due now, waiting for a retry or held by a sender (keys only are read).</summary>
    public async IAsyncEnumerable<string> PendingIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PendingPartition}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken)) yield return RowStore<ReminderDigest>.KeyOf(entity);
    }

    /// <summary>Records in the index when the digest may next be claimed, so senders skip it until then without reading it.</summary>
    public Task SetNextClaimAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(IndexRow(id, at), TableUpdateMode.Replace, cancellationToken);

    /// <summary><see cref="SetNextClaimAsync(string, DateTimeOffset, CancellationToken)"/> for several digests, in entity-group transactions of the index's partition.</summary>
    public async Task SetNextClaimAsync(IReadOnlyCollection<string> ids, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(MaxTransactionRows))
            await Table.SubmitTransactionAsync(chunk.Select(id => new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexRow(id, at))), cancellationToken);
    }

    public async Task RemovePendingAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(PendingPartition, TableKeys.Escape(id), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>Removes the index rows of digests that have been sent, in entity-group transactions of the index's partition (one by one if a row has gone).</summary>
    public async Task RemovePendingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(MaxTransactionRows))
        {
            try
            {
                await Table.SubmitTransactionAsync(chunk.Select(id => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(PendingPartition, TableKeys.Escape(id)), ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                foreach (var id in chunk) await RemovePendingAsync(id, cancellationToken);
            }
        }
    }

    /// <summary>Every digest decided from <paramref name="from"/> to <paramref name="to"/> (inclusive), in id order.</summary>
    public IAsyncEnumerable<ReminderDigest> DecidedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        _digests.WhereAsync(TableClient.CreateQueryFilter($"PartitionKey ge {DayPartition(from)} and PartitionKey le {DayPartition(to)}"), cancellationToken);

    private static TableEntity IndexRow(string id, DateTimeOffset nextClaimAt) =>
        new(PendingPartition, TableKeys.Escape(id)) { ["NextClaimAt"] = nextClaimAt };

    private TableEntity Entity(ReminderDigest digest) => _digests.Entity(DayPartition(ReminderDigest.DayOf(digest.Id)), digest.Id, digest);
}
