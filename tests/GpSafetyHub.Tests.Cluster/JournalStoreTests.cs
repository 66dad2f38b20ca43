using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Programmes;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>
/// The event journal against a real Azurite: two writers on one stream (as two activations of a
/// grain during a failover would be) and all-or-nothing commits.
/// </summary>
public sealed class JournalStoreTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly HubTables _tables = new(Options.Create(new HubStorageOptions { ConnectionString = fixture.Azurite.ConnectionString }));
    private readonly string _stream = $"programme/{UniqueIds.Programme()}";

    public Task InitializeAsync() => _tables.CreateIfMissingAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_writer_that_is_behind_collides_writes_nothing_and_reloads()
    {
        var first = await Open();
        var second = await Open();
        await first.RecordAsync(new ProgrammeCreated("p", Samples.Programme("First writer")), Samples.Cso, null, DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<ConflictException>(() =>
            second.RecordAsync(new ProgrammeCreated("p", Samples.Programme("Second writer")), Samples.OtherCso, null, DateTimeOffset.UtcNow));

        Assert.Equal((1L, "First writer"), (second.Version, second.State.Details!.Name));
        var rows = await new JournalStore(_tables).ReadChangesAsync<ProgrammeLogEvent>(_stream, 1, 10, CancellationToken.None).ToListAsync();
        Assert.Equal([Samples.Cso], rows.Select(r => r.Actor));
    }

    [Fact]
    public async Task The_store_reports_a_collision_as_InconsistentStateException()
    {
        var store = new JournalStore(_tables);
        var created = new GpSafetyHub.History.RecordedChange<ProgrammeLogEvent>(1, DateTimeOffset.UtcNow, Samples.Cso, null, new ProgrammeCreated("p", Samples.Programme()));
        await store.AppendAsync(_stream, 0, [created], new ProgrammeHazardLogState(), [], CancellationToken.None);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            store.AppendAsync(_stream, 0, [created with { Actor = Samples.OtherCso }], new ProgrammeHazardLogState(), [], CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_too_large_to_write_leaves_nothing_behind()
    {
        var journal = await Open();
        await journal.RecordAsync(new ProgrammeCreated("p", Samples.Programme()), Samples.Cso, null, DateTimeOffset.UtcNow);
        var noise = new byte[EntityPayload.MaxBytes + 1024];
        Random.Shared.NextBytes(noise);

        await Assert.ThrowsAsync<StorageLimitExceededException>(() => journal.RecordAsync(
            new HazardAdded(new GpSafetyHub.Hazards.Hazard("H-001", new DateOnly(2026, 1, 1), 1, Samples.Hazard(), null)),
            Samples.Cso, "why", DateTimeOffset.UtcNow, [new JournalDocument("too-big", noise)]));

        var reopened = await Open();
        Assert.Equal(1, reopened.Version);
        Assert.Empty(reopened.State.Hazards);
        var rows = await new JournalStore(_tables).ReadChangesAsync<ProgrammeLogEvent>(_stream, 1, 10, CancellationToken.None).ToListAsync();
        Assert.Equal([1L], rows.Select(r => r.Sequence));
        Assert.Null(await reopened.ReadDocumentAsync<byte[]>("too-big", CancellationToken.None));
    }

    [Fact]
    public async Task A_record_of_exactly_the_largest_size_is_stored_by_Azurite_and_read_back_and_one_byte_more_is_refused()
    {
        var payload = new byte[EntityPayload.MaxBytes];
        Random.Shared.NextBytes(payload);
        var entity = new Azure.Data.Tables.TableEntity(TableKeys.Escape(_stream), "boundary");
        EntityPayload.Write(entity, payload, "The boundary record");
        await _tables.Journals.UpsertEntityAsync(entity);

        var stored = await _tables.Journals.GetEntityAsync<Azure.Data.Tables.TableEntity>(entity.PartitionKey, entity.RowKey);
        Assert.Equal(payload, EntityPayload.Read(stored.Value));
        var tooBig = new byte[EntityPayload.MaxBytes + 1];
        Assert.Throws<StorageLimitExceededException>(() => EntityPayload.Write(new Azure.Data.Tables.TableEntity("p", "r"), tooBig, "One byte more"));
    }

    [Fact]
    public async Task A_commit_of_records_each_within_the_limit_but_over_the_transaction_cap_is_refused_and_writes_nothing()
    {
        var journal = await Open();
        await journal.RecordAsync(new ProgrammeCreated("p", Samples.Programme()), Samples.Cso, null, DateTimeOffset.UtcNow);
        // Five documents of 450 KiB of noise: each fits one record, together more than one transaction carries.
        var documents = Enumerable.Range(0, 5).Select(i =>
        {
            var noise = new byte[450 * 1024];
            Random.Shared.NextBytes(noise);
            return new JournalDocument($"part-{i}", noise);
        }).ToArray();

        var refusal = await Assert.ThrowsAsync<StorageLimitExceededException>(() => journal.RecordAsync(
            new HazardAdded(new GpSafetyHub.Hazards.Hazard("H-001", new DateOnly(2026, 1, 1), 1, Samples.Hazard(), null)),
            Samples.Cso, "why", DateTimeOffset.UtcNow, documents));

        Assert.Equal("VALIDATION", refusal.Code);
        Assert.Contains("more than one atomic write allows; nothing was saved", refusal.Detail, StringComparison.Ordinal);
        // The change was applied in place before the write was refused: the journal put the state back.
        Assert.Equal(1, journal.Version);
        Assert.Empty(journal.State.Hazards);
        var reopened = await Open();
        Assert.Equal(1, reopened.Version);
        Assert.Null(await reopened.ReadDocumentAsync<byte[]>("part-0", CancellationToken.None));
    }

    private async Task<Journal<ProgrammeHazardLogState, ProgrammeLogEvent>> Open()
    {
        var journal = new Journal<ProgrammeHazardLogState, ProgrammeLogEvent>(new JournalStore(_tables), _stream, () => { });
        await journal.LoadAsync(CancellationToken.None);
        return journal;
    }
}
