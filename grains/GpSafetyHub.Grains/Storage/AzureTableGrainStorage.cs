using System.Net;
using Azure;
using Azure.Data.Tables;
using Orleans.Storage;

namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Orleans grain storage on Azure Table Storage: one entity per grain and state name, the state
/// serialised by Orleans and split across properties (<see cref="EntityPayload"/>), and the
/// entity's ETag as the optimistic concurrency token. A write based on a stale ETag, or a first
/// write racing another, raises <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public sealed class AzureTableGrainStorage(HubTables tables, IGrainStorageSerializer serializer) : IGrainStorage
{
    private TableClient Table => tables.GrainState;

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partition, row) = Keys(stateName, grainId);
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row);
        if (!response.HasValue || response.Value is null)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = serializer.Deserialize<T>(new BinaryData(EntityPayload.Read(response.Value)));
        grainState.ETag = response.Value.ETag.ToString();
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partition, row) = Keys(stateName, grainId);
        var entity = new TableEntity(partition, row);
        EntityPayload.Write(entity, serializer.Serialize(grainState.State).ToMemory(), $"The state '{stateName}' of {grainId}");
        try
        {
            var response = grainState.ETag is null
                ? await Table.AddEntityAsync(entity)
                : await Table.UpdateEntityAsync(entity, new ETag(grainState.ETag), TableUpdateMode.Replace);
            grainState.ETag = response.Headers.ETag?.ToString();
            grainState.RecordExists = true;
        }
        catch (RequestFailedException e) when (IsConcurrencyConflict(e) || e.Status == (int)HttpStatusCode.NotFound)
        {
            // 404: another writer deleted the record since it was read.
            throw Inconsistent(stateName, grainId, grainState.ETag, e);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partition, row) = Keys(stateName, grainId);
        try
        {
            if (grainState.ETag is not null) await Table.DeleteEntityAsync(partition, row, new ETag(grainState.ETag));
        }
        catch (RequestFailedException e) when (IsConcurrencyConflict(e) || e.Status == (int)HttpStatusCode.NotFound)
        {
            throw Inconsistent(stateName, grainId, grainState.ETag, e);
        }

        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static (string Partition, string Row) Keys(string stateName, GrainId grainId) =>
        (TableKeys.Escape(grainId.ToString()), TableKeys.Escape(stateName));

    private static bool IsConcurrencyConflict(RequestFailedException e) =>
        e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed;

    private static InconsistentStateException Inconsistent(string stateName, GrainId grainId, string? etag, Exception inner) =>
        new($"The state '{stateName}' of {grainId} was changed by another writer since it was read (ETag {etag ?? "none"}).",
            etag ?? "none", "unknown", inner);
}
