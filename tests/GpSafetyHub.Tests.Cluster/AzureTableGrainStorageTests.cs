using Azure.Data.Tables;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>The grain-storage provider against a real Azurite, through <see cref="IGrainStorage"/>.</summary>
public sealed class AzureTableGrainStorageTests : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string StateName = "blob";
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(typeof(BlobState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private readonly HubTables _tables;
    private readonly IGrainStorage _storage;
    private readonly GrainId _grainId = GrainId.Create("practicelocalisation", $"ai-scribe/A81001#{Guid.NewGuid():N}");

    public AzureTableGrainStorageTests(AzuriteFixture fixture)
    {
        _tables = Tables(new HubStorageOptions { ConnectionString = fixture.Azurite.ConnectionString });
        _storage = new AzureTableGrainStorage(_tables, new OrleansGrainStorageSerializer(Serializer));
    }

    public Task InitializeAsync() => _tables.CreateIfMissingAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task State_larger_than_one_property_is_split_and_read_back_whole()
    {
        var written = new GrainState<BlobState> { State = new BlobState { Data = Random(200 * 1024), Note = "large" } };
        await _storage.WriteStateAsync(StateName, _grainId, written);

        var read = await Read();
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(written.State.Data, read.State!.Data);
        var entity = (await _tables.GrainState.GetEntityAsync<TableEntity>(TableKeys.Escape(_grainId.ToString()), StateName)).Value;
        Assert.True(entity.Count(p => p.Value is byte[]) >= 4, "200 KiB of state should span at least four 64 KiB properties");
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_raises_InconsistentStateException_and_keeps_the_newer_state()
    {
        var first = new GrainState<BlobState> { State = new BlobState { Note = "v1" } };
        await _storage.WriteStateAsync(StateName, _grainId, first);
        var stale = new GrainState<BlobState> { State = new BlobState { Note = "stale" }, ETag = first.ETag };
        first.State!.Note = "v2";
        await _storage.WriteStateAsync(StateName, _grainId, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, _grainId, stale));

        Assert.Equal("v2", (await Read()).State!.Note);
    }

    [Fact]
    public async Task Two_first_writes_race_and_only_one_lands()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(async i =>
        {
            try
            {
                await _storage.WriteStateAsync(StateName, _grainId, new GrainState<BlobState> { State = new BlobState { Note = $"writer {i}" } });
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(results, landed => landed);
    }

    [Fact]
    public async Task Oversized_state_is_refused_before_writing()
    {
        var state = new GrainState<BlobState> { State = new BlobState { Note = "small" } };
        await _storage.WriteStateAsync(StateName, _grainId, state);
        var etag = state.ETag;
        state.State = new BlobState { Data = Random(1024 * 1024), Note = "huge" };

        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => _storage.WriteStateAsync(StateName, _grainId, state));

        Assert.Contains("nothing was saved", error.Detail);
        Assert.Equal(etag, state.ETag);
        Assert.Equal("small", (await Read()).State!.Note);
    }

    [Fact]
    public async Task Clearing_removes_the_record_and_respects_the_etag()
    {
        var state = new GrainState<BlobState> { State = new BlobState { Note = "to clear" } };
        await _storage.WriteStateAsync(StateName, _grainId, state);
        var stale = new GrainState<BlobState> { State = state.State, ETag = state.ETag };
        await _storage.WriteStateAsync(StateName, _grainId, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, _grainId, stale));
        await _storage.ClearStateAsync(StateName, _grainId, state);

        var read = await Read();
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Null(read.State!.Note);
    }

    [Fact]
    public async Task An_account_uri_with_a_key_works_as_well_as_a_connection_string()
    {
        var azurite = new Uri(_tables.GrainState.Uri.GetLeftPart(UriPartial.Authority) + "/" + AzuriteServer.AccountName);
        var tables = Tables(new HubStorageOptions { ServiceUri = azurite, AccountName = AzuriteServer.AccountName, AccountKey = AzuriteServer.AccountKey });
        var storage = new AzureTableGrainStorage(tables, new OrleansGrainStorageSerializer(Serializer));
        await storage.WriteStateAsync(StateName, _grainId, new GrainState<BlobState> { State = new BlobState { Note = "via uri" } });

        Assert.Equal("via uri", (await Read()).State!.Note);
        Assert.True(await tables.IsReachableAsync(CancellationToken.None));
    }

    private async Task<GrainState<BlobState>> Read()
    {
        var state = new GrainState<BlobState>();
        await _storage.ReadStateAsync(StateName, _grainId, state);
        return state;
    }

    private static HubTables Tables(HubStorageOptions options) => new(Options.Create(options));

    private static byte[] Random(int size)
    {
        var bytes = new byte[size];
        System.Random.Shared.NextBytes(bytes);
        return bytes;
    }
}

[GenerateSerializer]
public sealed class BlobState
{
    [Id(0)]
    public byte[] Data { get; set; } = [];

    [Id(1)]
    public string? Note { get; set; }
}
