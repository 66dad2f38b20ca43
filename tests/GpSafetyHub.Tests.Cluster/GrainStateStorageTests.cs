using Azure.Data.Tables;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>
/// Grain state kept by Orleans' Azure Table grain storage as the hub configures it, against a real
/// Azurite, through a grain: large state, the size limit, write conflicts, clearing, and the
/// account given by URI and key.
/// </summary>
public sealed class GrainStateStorageTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task State_larger_than_one_table_property_is_read_back_whole_by_a_new_activation()
    {
        var key = Guid.NewGuid().ToString("N");
        var data = Random(200 * 1024);
        var serviceId = $"svc-{key}";
        await using (var cluster = await HubCluster.StartAsync(fixture.Azurite, serviceId: serviceId))
        {
            await cluster.GrainFactory.GetGrain<IBlobGrain>(key).Write(data, "large");
            await cluster.StopAllSilosAsync();
        }

        await using var again = await HubCluster.StartAsync(fixture.Azurite, serviceId: serviceId);
        var read = await again.GrainFactory.GetGrain<IBlobGrain>(key).Read();
        Assert.Equal("large", read.Note);
        Assert.Equal(data, read.Data);
        await again.StopAllSilosAsync();
    }

    [Fact]
    public async Task State_over_the_limit_is_refused_as_a_storage_limit_before_anything_is_written()
    {
        await using var cluster = await HubCluster.StartAsync(fixture.Azurite);
        var blob = cluster.GrainFactory.GetGrain<IBlobGrain>(Guid.NewGuid().ToString("N"));
        await blob.Write([1, 2, 3], "small");

        var refusal = await Assert.ThrowsAsync<StorageLimitExceededException>(() => blob.Write(Random(1024 * 1024), "huge"));
        Assert.Contains("nothing was saved", refusal.Detail, StringComparison.Ordinal);
        Assert.Equal("small", (await blob.ReadStored()).Note);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task A_second_activation_writing_over_a_newer_state_is_refused_and_the_newer_state_kept()
    {
        // Two clusters for one service (a split-brain a failover can cause): each has its own activation of the grain.
        var key = Guid.NewGuid().ToString("N");
        var serviceId = $"svc-{key}";
        await using var first = await HubCluster.StartAsync(fixture.Azurite, serviceId: serviceId);
        await using var second = await HubCluster.StartAsync(fixture.Azurite, serviceId: serviceId);
        var behind = second.GrainFactory.GetGrain<IBlobGrain>(key);
        await behind.Read(); // loads the (empty) state and its ETag
        await first.GrainFactory.GetGrain<IBlobGrain>(key).Write([1], "newer");

        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => behind.Write([2], "stale"));
        Assert.Equal("newer", (await first.GrainFactory.GetGrain<IBlobGrain>(key).ReadStored()).Note);
        await Task.WhenAll(first.StopAllSilosAsync(), second.StopAllSilosAsync());
    }

    [Fact]
    public async Task Clearing_removes_the_record()
    {
        await using var cluster = await HubCluster.StartAsync(fixture.Azurite);
        var blob = cluster.GrainFactory.GetGrain<IBlobGrain>(Guid.NewGuid().ToString("N"));
        await blob.Write([1, 2, 3], "to clear");
        await blob.Clear();
        var stored = await blob.ReadStored();
        Assert.Null(stored.Note);
        Assert.False(stored.Exists);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task An_account_uri_with_a_key_reaches_the_same_tables_as_a_connection_string()
    {
        var byConnection = new HubTables(Options.Create(new HubStorageOptions { ConnectionString = fixture.Azurite.ConnectionString }));
        var byUri = new HubTables(Options.Create(new HubStorageOptions
        {
            ServiceUri = fixture.Azurite.TableEndpoint,
            AccountName = AzuriteServer.AccountName,
            AccountKey = AzuriteServer.AccountKey,
        }));
        await byConnection.CreateIfMissingAsync(CancellationToken.None);
        var row = new TableEntity("uri-test", Guid.NewGuid().ToString("N")) { ["Note"] = "via uri" };
        await byUri.Journals.AddEntityAsync(row);

        var read = await byConnection.Journals.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey);
        Assert.Equal("via uri", read.Value.GetString("Note"));
        Assert.True(await byUri.IsReachableAsync(CancellationToken.None));
    }

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        System.Random.Shared.NextBytes(bytes);
        return bytes;
    }
}

/// <summary>A grain with one piece of persisted state, for exercising grain storage as the hub's grains use it.</summary>
public interface IBlobGrain : IGrainWithStringKey
{
    Task Write(byte[] data, string note);

    /// <summary>The state as the activation holds it.</summary>
    Task<BlobView> Read();

    /// <summary>The state as storage holds it now (read again).</summary>
    Task<BlobView> ReadStored();

    Task Clear();
}

[GenerateSerializer, Alias("tests.BlobView")]
public sealed record BlobView([property: Id(0)] byte[] Data, [property: Id(1)] string? Note, [property: Id(2)] bool Exists);

[GenerateSerializer, Alias("tests.BlobState")]
public sealed class BlobState
{
    [Id(0)]
    public byte[] Data { get; set; } = [];

    [Id(1)]
    public string? Note { get; set; }
}

public sealed class BlobGrain([PersistentState("blob", HubStorage.ProviderName)] IPersistentState<BlobState> blob) : Grain, IBlobGrain
{
    public async Task Write(byte[] data, string note)
    {
        var before = (blob.State.Data, blob.State.Note);
        (blob.State.Data, blob.State.Note) = (data, note);
        try
        {
            await blob.WriteStateAsync();
        }
        catch
        {
            (blob.State.Data, blob.State.Note) = before;
            throw;
        }
    }

    public Task<BlobView> Read() => Task.FromResult(new BlobView(blob.State.Data, blob.State.Note, blob.RecordExists));

    public async Task<BlobView> ReadStored()
    {
        await blob.ReadStateAsync();
        return await Read();
    }

    public Task Clear() => blob.ClearStateAsync();
}
