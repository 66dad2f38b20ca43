using GpSafetyHub.Errors;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
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

        Assert.IsType<StorageUnavailableException>(failure);
        await log.AddAsync("After the outage");

        var view = await log.Get();
        Assert.Equal(["Before the outage", "After the outage"], view.Hazards.Select(h => h.Content.Title));
        Assert.Equal(["H-001", "H-002"], view.Hazards.Select(h => h.Id));
        Assert.Equal([3L, 2L, 1L], (await log.GetHistory(10, null)).Entries.Select(e => e.Sequence));
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task While_a_change_is_being_written_reads_that_interleave_with_it_see_only_what_is_committed()
    {
        // The journal applies a change in place while writing it; a practice's entry and row are
        // read in between (they interleave with writes) and must never show a change not yet stored.
        await using var cluster = await HubCluster.StartAsync(_azurite);
        var practice = cluster.GrainFactory.GetGrain<IPracticeGrain>($"P{Random.Shared.Next(10000, 99999)}");
        await practice.RegisterAsync(Samples.Practice("Before the outage"), Samples.Cso);

        await _azurite.StopAsync();
        var seen = new List<string>();
        Exception? failure;
        try
        {
            var write = practice.RegisterAsync(Samples.Practice("During the outage"), Samples.Cso);
            while (!write.IsCompleted)
            {
                try
                {
                    seen.Add((await practice.Get()).Details.Name);
                    seen.Add((await practice.GetCoverage()).Practice!.Details.Name);
                }
                catch (Exception) when (write.IsCompleted)
                {
                    // The failed write deactivated the grain, and storage is still down to load it again.
                    break;
                }
            }

            failure = await Record.ExceptionAsync(() => write);
        }
        finally
        {
            await _azurite.StartAsync();
        }

        Assert.IsType<StorageUnavailableException>(failure);
        Assert.NotEmpty(seen);
        Assert.All(seen, name => Assert.Equal("Before the outage", name));
        Assert.Equal("Before the outage", (await practice.Get()).Details.Name);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task When_another_activation_wrote_first_the_change_is_refused_and_what_that_one_wrote_is_answered()
    {
        // Two clusters on one storage account: what a failover can briefly make of one grain.
        await using var first = await HubCluster.StartAsync(_azurite);
        await using var second = await HubCluster.StartAsync(_azurite);
        var ods = $"P{Random.Shared.Next(10000, 99999)}";
        var here = first.GrainFactory.GetGrain<IPracticeGrain>(ods);
        await here.RegisterAsync(Samples.Practice("Original name"), Samples.Cso);
        await second.GrainFactory.GetGrain<IPracticeGrain>(ods).RegisterAsync(Samples.Practice("Renamed elsewhere"), Samples.OtherCso);

        await Assert.ThrowsAsync<ConflictException>(() => here.RegisterAsync(Samples.Practice("Renamed here"), Samples.Cso));

        Assert.Equal("Renamed elsewhere", (await here.Get()).Details.Name);
        Assert.Equal("Renamed elsewhere", (await here.GetCoverage()).Practice!.Details.Name);
        Assert.Equal(RegistrationOutcome.Updated, await here.RegisterAsync(Samples.Practice("Renamed here"), Samples.Cso));
        Assert.Equal(3, (await here.GetHistory(10, null)).Entries.Count);
        await Task.WhenAll(first.StopAllSilosAsync(), second.StopAllSilosAsync());
    }

    [Fact]
    public async Task After_the_silo_is_killed_mid_stream_the_ICB_read_model_converges_to_a_rebuild()
    {
        var programme = UniqueIds.Programme("kill");
        var practices = Enumerable.Range(0, 10).Select(i => $"V{20000 + i}").ToArray();
        await using (var cluster = await HubCluster.StartAsync(_azurite, quickClientTimeouts: true))
        {
            var log = await ProgrammeLogs.CreateAsync(cluster.GrainFactory, programme);
            await log.AddAsync("Hazard 1");
            await log.AddAsync("Hazard 2");
            await log.Publish(2, Samples.SignOff(), "v1", Samples.Cso);
            foreach (var ods in practices) await cluster.GrainFactory.GetGrain<IPracticeGrain>(ods).RegisterAsync(Samples.Practice($"P {ods}", "V01"), Samples.Cso);

            // A stream of localisation changes, cut off by killing the silo part-way through.
            using var stop = new CancellationTokenSource();
            var assessed = 0;
            var stream = Task.Run(async () =>
            {
                for (var step = 0; !stop.IsCancellationRequested; step++)
                {
                    var localisation = cluster.GrainFactory.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programme, practices[step % practices.Length]));
                    try
                    {
                        var view = await localisation.Get();
                        if (view.Status == LocalisationStatus.NotJoined) await localisation.Join(Samples.Mou(), Samples.Cso);
                        else
                        {
                            var hazard = view.Hazards[step % 2];
                            await localisation.AssessHazard(hazard.ProgrammeHazard.Id, hazard.Local?.Revision ?? 0,
                                step % 3 == 0 ? Samples.NotApplicable($"Step {step}") : Samples.Applicable(GpSafetyHub.Risk.Likelihood.High, $"Step {step}"), Samples.Cso);
                            Interlocked.Increment(ref assessed);
                        }
                    }
                    catch (Exception e) when (e is HubException || stop.IsCancellationRequested)
                    {
                        // Refusals while running, and failures once the silo is gone, are expected.
                    }
                }
            });
            // Kill the silo part-way through real work, not after a fixed time.
            await Eventually.Get(() => Task.FromResult(Volatile.Read(ref assessed)), n => n >= 25);
            stop.Cancel();
            await cluster.KillSiloAsync(cluster.Primary!);
            await stream;
        }

        await using (var cluster = await HubCluster.StartAsync(_azurite))
        {
            var estate = cluster.GrainFactory.GetGrain<IIcbEstateGrain>("V01");
            // Reading each localisation afresh activates it, and an activated grain re-sends what a crash may have lost.
            var expected = await Eventually.Get(
                async () => (
                    Expected: CoverageSources.Json(await CoverageSources.ReadAsync(cluster.GrainFactory, "V01", practices)),
                    Incremental: CoverageSources.Json(await estate.Coverage())),
                x => x.Expected == x.Incremental);

            Assert.Contains("\"HasWork\":true", expected.Expected, StringComparison.Ordinal);
            Assert.Equal(expected.Incremental, CoverageSources.Json(await estate.Rebuild()));
            await cluster.StopAllSilosAsync();
        }
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
