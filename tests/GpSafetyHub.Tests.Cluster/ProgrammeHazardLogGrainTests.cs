using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Cluster;

public sealed class ProgrammeHazardLogGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task A_published_version_never_changes_when_the_draft_moves_on()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        await log.AddAsync("Wrong patient");
        await log.AddAsync("Missed allergy");
        var v1 = await log.Publish(2, Samples.SignOff(), "First version", Samples.Cso);

        await log.ReviseHazard("H-001", 1, Samples.Hazard("Wrong patient, revised"), "Pilot feedback", Samples.Cso);
        await log.CloseHazard("H-002", 1, "Allergy feature removed", Samples.Cso);
        await log.Publish(4, Samples.SignOff(), "Second version", Samples.OtherCso);

        var first = await log.GetVersion(1);
        var second = await log.GetVersion(2);
        Assert.Equal(v1, first.Summary);
        Assert.Equal(["Wrong patient", "Missed allergy"], first.Hazards.Select(h => h.Content.Title));
        Assert.All(first.Hazards, h => Assert.Equal(HazardStatus.Open, h.Status));
        Assert.Equal(["Wrong patient, revised", "Missed allergy"], second.Hazards.Select(h => h.Content.Title));
        Assert.Equal(HazardStatus.Closed, second.Hazards[1].Status);
        Assert.Equal(Samples.OtherCso, second.Summary.PublishedBy);
        await Assert.ThrowsAsync<NotFoundException>(() => log.GetVersion(3));
    }

    [Fact]
    public async Task A_revision_based_on_a_stale_revision_is_refused_and_changes_nothing()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        await log.AddAsync("Original");
        await log.ReviseHazard("H-001", 1, Samples.Hazard("First edit"), "Edit", Samples.Cso);
        var before = await log.Get();

        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            log.ReviseHazard("H-001", 1, Samples.Hazard("Second edit from a stale page"), "Edit", Samples.OtherCso));

        Assert.Equal("expectedRevision", error.Field);
        var after = await log.Get();
        Assert.Equal(before.HistoryLength, after.HistoryLength);
        Assert.Equal("First edit", after.Hazards.Single().Content.Title);
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_every_field_named_and_changes_nothing()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        var invalid = Samples.Hazard() with { Title = "", Owner = new string('o', 300) };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => log.AddHazard(invalid, "why", Samples.Cso));

        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal(["hazard.title", "hazard.owner"], error.Violations.Select(v => v.Field));
        Assert.Equal(1, (await log.Get()).HistoryLength);
        var blankReason = await Assert.ThrowsAsync<ValidationFailedException>(() => log.AddHazard(Samples.Hazard(), " ", Samples.Cso));
        Assert.Equal("reason", blankReason.Field);
    }

    [Fact]
    public async Task Publishing_an_unjustified_high_residual_risk_is_refused()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        await log.AddHazard(Samples.Hazard() with { ResidualRisk = new RiskAssessment(Severity.Catastrophic, Likelihood.Low, null) }, "why", Samples.Cso);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => log.Publish(1, Samples.SignOff(), "v1", Samples.Cso));

        Assert.Equal("hazards[H-001].residualRisk.justification", error.Field);
        Assert.Empty((await log.Get()).Versions);
    }

    [Fact]
    public async Task Concurrent_additions_each_get_their_own_id_and_history_entry()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);

        var added = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => log.AddAsync($"Hazard {i}")));

        Assert.Equal(Enumerable.Range(1, 20).Select(Hazard.IdFor), added.Select(h => h.Id).Order());
        var view = await log.Get();
        Assert.Equal(20, view.Hazards.Count);
        Assert.Equal(21, view.HistoryLength);
    }

    [Fact]
    public async Task Of_concurrent_revisions_from_the_same_revision_exactly_one_wins()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        await log.AddAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(1, 10).Select(async i =>
        {
            try
            {
                await log.ReviseHazard("H-001", 1, Samples.Hazard($"Edit {i}"), "Edit", Samples.Cso);
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        }));

        Assert.Single(attempts, won => won);
        var hazard = (await log.Get()).Hazards.Single();
        Assert.Equal(2, hazard.Revision);
        Assert.Equal(3, (await log.Get()).HistoryLength);
    }

    [Fact]
    public async Task History_pages_newest_first_with_who_when_and_why()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        for (var i = 1; i <= 24; i++) await log.AddAsync($"Hazard {i}");

        var pages = new List<GpSafetyHub.History.HistoryPage>();
        long? before = null;
        do
        {
            var page = await log.GetHistory(10, before);
            pages.Add(page);
            before = page.NextBefore;
        }
        while (before is not null);

        Assert.Equal([10, 10, 5], pages.Select(p => p.Entries.Count));
        Assert.All(pages, p => Assert.Equal(25, p.TotalCount));
        var entries = pages.SelectMany(p => p.Entries).ToArray();
        Assert.Equal(Enumerable.Range(1, 25).Reverse().Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal("PROGRAMME_CREATED", entries[^1].Action);
        Assert.Equal("HAZARD_ADDED", entries[0].Action);
        Assert.Equal("H-024", entries[0].HazardId);
        Assert.Equal("Identified at the programme hazard workshop", entries[0].Reason);
        Assert.Equal(Samples.Cso, entries[0].Actor);
        Assert.True(entries.Zip(entries.Skip(1)).All(p => p.First.At >= p.Second.At));
        await Assert.ThrowsAsync<ValidationFailedException>(() => log.GetHistory(0, null));
        await Assert.ThrowsAsync<ValidationFailedException>(() => log.GetHistory(101, null));
    }

    [Fact]
    public async Task The_log_can_be_read_as_it_stood_at_any_moment()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        await log.AddAsync("First");
        await log.Publish(1, Samples.SignOff(), "v1", Samples.Cso);
        await log.ReviseHazard("H-001", 1, Samples.Hazard("First, revised"), "Edit", Samples.Cso);
        await log.AddAsync("Second");
        var history = await log.GetHistory(10, null);
        var publishedAt = history.Entries.Single(e => e.Action == "VERSION_PUBLISHED").At;

        var then = await log.GetAsOf(publishedAt);

        Assert.Equal(3, then.HistoryLength);
        Assert.Equal(["First"], then.Hazards.Select(h => h.Content.Title));
        Assert.Equal(1, then.CurrentVersion!.Number);
        await Assert.ThrowsAsync<NotFoundException>(() => log.GetAsOf(history.Entries[^1].At.AddSeconds(-1)));
    }

    [Fact]
    public async Task The_directory_lists_programmes_with_their_current_version()
    {
        var id = UniqueIds.Programme("listed");
        var log = await ProgrammeLogs.CreateAsync(Grains, id);
        await log.AddAsync();
        await log.Publish(1, Samples.SignOff(), "v1", Samples.Cso);

        var listing = await Eventually.Get(
            async () => (await Grains.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List()).SingleOrDefault(p => p.Id == id),
            l => l?.CurrentVersion == 1);

        Assert.Equal(Samples.Programme().Name, listing!.Name);
    }

    [Fact]
    public async Task Unknown_programmes_are_not_found_and_cannot_be_changed()
    {
        var log = Grains.GetGrain<IProgrammeHazardLogGrain>(UniqueIds.Programme("missing"));
        await Assert.ThrowsAsync<NotFoundException>(() => log.Get());
        await Assert.ThrowsAsync<NotFoundException>(() => log.AddAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => log.GetHistory(10, null));
    }

    [Fact]
    public async Task A_change_that_would_outgrow_an_entity_is_refused_and_the_log_stays_intact()
    {
        var log = await ProgrammeLogs.CreateAsync(Grains);
        var random = new Random(7);
        string Noise(int length) => new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x21, 0x7e)).ToArray());
        HazardContent Huge() => Samples.Hazard(Noise(200)) with
        {
            Description = Noise(4000), Effect = Noise(4000), PotentialHarm = Noise(4000),
            Causes = Enumerable.Range(0, 30).Select(_ => Noise(1000)).ToArray(),
            Controls = Enumerable.Range(0, 30).Select(_ => new HazardControl(Noise(2000), Noise(2000), ControlType.Testing, ControlState.Existing, "x")).ToArray(),
        };

        StorageLimitExceededException? refusal = null;
        var stored = 0;
        while (refusal is null && stored < 50)
        {
            try
            {
                await log.AddHazard(Huge(), "Stress", Samples.Cso);
                stored++;
            }
            catch (StorageLimitExceededException e)
            {
                refusal = e;
            }
        }

        Assert.NotNull(refusal);
        Assert.Contains("nothing was saved", refusal.Detail);
        var view = await log.Get();
        Assert.Equal(stored, view.Hazards.Count);
        Assert.Equal(stored + 1, view.HistoryLength);
        Assert.Equal(stored + 1, (await log.GetHistory(100, null)).Entries.Count);
    }
}
