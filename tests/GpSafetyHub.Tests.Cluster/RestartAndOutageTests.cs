using GpSafetyHub.Errors;
using GpSafetyHub.Programmes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>
/// Durability: the hub's silo restarts, and the storage account goes away and comes back. Azurite
/// keeps its data on disk here, as it does for a real run.
/// </summary>
public sealed class RestartAndOutageTests(PersistentAzuriteFixture fixture) : IClassFixture<PersistentAzuriteFixture>
{
    private readonly AzuriteServer _azurite = fixture.Azurite;

    [Fact]
    public async Task A_hazard_log_and_its_history_survive_a_silo_restart()
    {
        var id = UniqueIds.Programme();
        ProgrammeView before;
        GpSafetyHub.History.HistoryPage historyBefore;
        await using (var cluster = await HubCluster.StartAsync(_azurite))
        {
            var log = await ProgrammeLogs.CreateAsync(cluster.GrainFactory, id);
            await log.AddAsync("Wrong patient");
            await log.Publish(1, Samples.SignOff(), "v1", Samples.Cso);
            await log.ReviseHazard("H-001", 1, Samples.Hazard("Wrong patient, revised"), "Pilot", Samples.Cso);
            before = await log.Get();
            historyBefore = await log.GetHistory(100, null);
            await cluster.StopAllSilosAsync();
        }

        await using (var cluster = await HubCluster.StartAsync(_azurite))
        {
            var log = cluster.GrainFactory.GetGrain<IProgrammeHazardLogGrain>(id);
            var after = await log.Get();
            Assert.Equal(before.HistoryLength, after.HistoryLength);
            Assert.Equal(before.Hazards.Select(h => (h.Id, h.Revision, h.Content.Title)), after.Hazards.Select(h => (h.Id, h.Revision, h.Content.Title)));
            Assert.Equal(before.Versions, after.Versions);
            Assert.Equal(historyBefore.Entries, (await log.GetHistory(100, null)).Entries, new HistoryEntryComparer());
            Assert.Equal("Wrong patient", (await log.GetVersion(1)).Hazards.Single().Content.Title);

            await log.AddAsync("After restart");
            Assert.Equal(before.HistoryLength + 1, (await log.GetHistory(1, null)).Entries.Single().Sequence);
            await cluster.StopAllSilosAsync();
        }
    }

    [Fact]
    public async Task While_storage_is_down_changes_fail_loudly_and_afterwards_nothing_is_lost_or_doubled()
    {
        await using var cluster = await HubCluster.StartAsync(_azurite);
        var log = await ProgrammeLogs.CreateAsync(cluster.GrainFactory);
        await log.AddAsync("Before the outage");

        await _azurite.StopAsync();
        Exception? failure;
        try
        {
            failure = await Record.ExceptionAsync(() => log.AddAsync("During the outage"));
        }
        finally
        {
            await _azurite.StartAsync();
        }

        Assert.NotNull(failure);
        Assert.IsNotAssignableFrom<HubException>(failure);
        await log.AddAsync("After the outage");

        var view = await log.Get();
        Assert.Equal(["Before the outage", "After the outage"], view.Hazards.Select(h => h.Content.Title));
        Assert.Equal(["H-001", "H-002"], view.Hazards.Select(h => h.Id));
        Assert.Equal([3L, 2L, 1L], (await log.GetHistory(10, null)).Entries.Select(e => e.Sequence));
        await cluster.StopAllSilosAsync();
    }

    private sealed class HistoryEntryComparer : IEqualityComparer<GpSafetyHub.History.HistoryEntry>
    {
        public bool Equals(GpSafetyHub.History.HistoryEntry? x, GpSafetyHub.History.HistoryEntry? y) =>
            x is not null && y is not null
            && (x.Sequence, x.At, x.Actor, x.Action, x.Summary, x.Reason, x.HazardId, x.VersionNumber) == (y.Sequence, y.At, y.Actor, y.Action, y.Summary, y.Reason, y.HazardId, y.VersionNumber)
            && x.ChangedFields.SequenceEqual(y.ChangedFields);

        public int GetHashCode(GpSafetyHub.History.HistoryEntry obj) => obj.Sequence.GetHashCode();
    }
}
