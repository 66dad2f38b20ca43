using System.Net;
using Azure.Data.Tables;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.History;
using Orleans.Storage;

namespace GpSafetyHub.Grains.Journals;

/// <summary>
/// Event journals on Azure Tables. A stream (one grain) is one partition holding its changes as
/// rows <c>c-0000000042</c>, the latest <c>snapshot</c>, and documents <c>d-…</c>. New changes,
/// the new snapshot and any documents are committed in one entity-group transaction: all or
/// nothing, and since change rows are inserted, a writer that is behind collides on the row key
/// and gets <see cref="InconsistentStateException"/> with nothing written.
/// </summary>
public sealed class JournalStore(HubTables tables)
{
    private const string SnapshotRow = "snapshot";
    private const string ChangePrefix = "c-";
    private const string ChangeUpperBound = "c.";
    private const string DocumentPrefix = "d-";
    private const string CommitIdProperty = "CommitId";
    private const int MaxEntitiesPerTransaction = 100;

    // Azure caps a transaction at 4 MiB of request; payloads travel as base64 inside JSON.
    private const int MaxTransactionPayloadBytes = 2 * 1024 * 1024;

    private TableClient Table => tables.Journals;

    /// <summary>The latest snapshot: its version, the state, and the state as stored (to restore from without encoding it again).</summary>
    public async Task<(long Version, TState State, byte[] Payload)?> ReadSnapshotAsync<TState>(string streamId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(streamId), SnapshotRow, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is null) return null;
        var version = response.Value.GetInt64("Version") ?? throw new InvalidDataException($"Snapshot of {streamId} has no Version.");
        var payload = EntityPayload.Read(response.Value);
        return (version, JournalCodec.Decode<TState>(payload), payload);
    }

    /// <summary>Commits the changes with the new snapshot and any documents; answers the snapshot as stored.</summary>
    public async Task<byte[]> AppendAsync<TChange, TState>(
        string streamId,
        long expectedVersion,
        IReadOnlyList<RecordedChange<TChange>> changes,
        TState snapshot,
        IReadOnlyList<JournalDocument> documents,
        CancellationToken cancellationToken)
    {
        var partition = Partition(streamId);
        var actions = new List<TableTransactionAction>(changes.Count + documents.Count + 1);

        // Identifies this commit, so that if the SDK retries a transaction whose first attempt did
        // land, the resulting collision is recognised as our own write, not another writer's.
        var commitId = Guid.NewGuid().ToString("N");
        var payloadBytes = 0;

        foreach (var change in changes)
        {
            if (change.Sequence != expectedVersion + actions.Count + 1)
                throw new ArgumentException("Changes must continue the journal's sequence without gaps.", nameof(changes));
            var entity = new TableEntity(partition, ChangeRow(change.Sequence))
            {
                ["At"] = change.At,
                ["Actor"] = change.Actor.Name,
                ["Change"] = change.Change!.GetType().Name,
                [CommitIdProperty] = commitId,
            };
            payloadBytes += Fill(entity, change, $"Change {change.Sequence} of {streamId}");
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
        }

        var snapshotEntity = new TableEntity(partition, SnapshotRow) { ["Version"] = expectedVersion + changes.Count };
        var snapshotPayload = JournalCodec.Encode(snapshot);
        EntityPayload.Write(snapshotEntity, snapshotPayload, $"The record of {streamId}");
        payloadBytes += snapshotPayload.Length;
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, snapshotEntity));

        foreach (var document in documents)
        {
            var entity = new TableEntity(partition, DocumentPrefix + TableKeys.Escape(document.Key));
            payloadBytes += Fill(entity, document.Content, $"Document {document.Key} of {streamId}");
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
        }

        if (actions.Count > MaxEntitiesPerTransaction || payloadBytes > MaxTransactionPayloadBytes)
            throw new StorageLimitExceededException(
                $"This change to {streamId} would write {actions.Count} records and {payloadBytes / 1024} KiB at once, more than one atomic write allows; nothing was saved.");

        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return snapshotPayload;
        }
        catch (TableTransactionFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            if (await IsCommittedAsync(partition, expectedVersion + 1, commitId, cancellationToken)) return snapshotPayload;
            throw new InconsistentStateException(
                $"Journal {streamId} has moved past version {expectedVersion}: another writer got there first.",
                expectedVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), "unknown", e);
        }
    }

    /// <summary>Changes with sequence numbers from <paramref name="first"/> to <paramref name="last"/>, oldest first.</summary>
    public IAsyncEnumerable<RecordedChange<TChange>> ReadChangesAsync<TChange>(
        string streamId, long first, long last, CancellationToken cancellationToken) =>
        QueryChanges<TChange>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(streamId)} and RowKey ge {ChangeRow(first)} and RowKey le {ChangeRow(last)}"), cancellationToken);

    /// <summary>
    /// Changes in sequence order up to the first one recorded after <paramref name="until"/>. The
    /// time is compared here, not in the query, so the result is always an unbroken prefix of the
    /// journal even if a silo's clock once ran behind another's.
    /// </summary>
    public async IAsyncEnumerable<RecordedChange<TChange>> ReadChangesUntilAsync<TChange>(
        string streamId, DateTimeOffset until, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(streamId)} and RowKey ge {ChangePrefix} and RowKey lt {ChangeUpperBound}");
        await foreach (var change in QueryChanges<TChange>(filter, cancellationToken))
        {
            if (change.At > until) yield break;
            yield return change;
        }
    }

    public async Task<T?> ReadDocumentAsync<T>(string streamId, string key, CancellationToken cancellationToken)
        where T : class
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(
            Partition(streamId), DocumentPrefix + TableKeys.Escape(key), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? JournalCodec.Decode<T>(EntityPayload.Read(response.Value)) : null;
    }

    private async IAsyncEnumerable<RecordedChange<TChange>> QueryChanges<TChange>(
        string filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            yield return JournalCodec.Decode<RecordedChange<TChange>>(EntityPayload.Read(entity));
    }

    private async Task<bool> IsCommittedAsync(string partition, long sequence, string commitId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partition, ChangeRow(sequence), [CommitIdProperty], cancellationToken);
        return row.HasValue && row.Value?.GetString(CommitIdProperty) == commitId;
    }

    private static int Fill<T>(TableEntity entity, T content, string description)
    {
        var payload = JournalCodec.Encode(content);
        EntityPayload.Write(entity, payload, description);
        return payload.Length;
    }

    private static string Partition(string streamId) => TableKeys.Escape(streamId);

    private static string ChangeRow(long sequence) =>
        ChangePrefix + sequence.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
}
