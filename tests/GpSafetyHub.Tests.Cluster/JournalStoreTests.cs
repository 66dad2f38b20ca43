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

    private async Task<Journal<ProgrammeHazardLogState, ProgrammeLogEvent>> Open()
    {
        var journal = new Journal<ProgrammeHazardLogState, ProgrammeLogEvent>(new JournalStore(_tables), _stream, () => { });
        await journal.LoadAsync(CancellationToken.None);
        return journal;
    }
}
