using GpSafetyHub.Coverage;
using GpSafetyHub.Errors;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>The ICB coverage read model, kept incrementally by practices, against a rebuild from the localisations.</summary>
public sealed class IcbCoverageGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task After_a_random_sequence_of_changes_the_incremental_read_model_equals_a_rebuild()
    {
        var random = new Random(20261123);
        var (icb, otherIcb) = ("K01", "K02");
        var programmes = new[] { UniqueIds.Programme("cov-a"), UniqueIds.Programme("cov-b") };
        foreach (var id in programmes)
        {
            var log = await ProgrammeLogs.CreateAsync(Grains, id);
            for (var i = 1; i <= 3; i++) await log.AddAsync($"Hazard {i}");
            await log.Publish(3, Samples.SignOff(), "v1", Samples.Cso);
        }

        var practices = Enumerable.Range(0, 8).Select(i => $"R{10000 + i}").ToArray();
        foreach (var ods in practices) await Grains.GetGrain<IPracticeGrain>(ods).RegisterAsync(Samples.Practice($"Practice {ods}", icb), Samples.Cso);

        for (var step = 0; step < 80; step++)
        {
            var ods = practices[random.Next(practices.Length)];
            var programme = programmes[random.Next(programmes.Length)];
            var localisation = Grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programme, ods));
            try
            {
                var view = await localisation.Get();
                switch (random.Next(8))
                {
                    case 0 or 1:
                        await localisation.Join(Samples.Mou() with { Reference = $"MOU-{step}" }, Samples.Cso);
                        break;
                    case 2:
                        await localisation.RecordSop(view.SopRevision, Samples.ApprovedSop() with { Version = $"1.{step}" }, Samples.Cso);
                        break;
                    case 3 or 4:
                        var hazard = view.Hazards.Count == 0 ? null : view.Hazards[random.Next(view.Hazards.Count)];
                        if (hazard is not null)
                            await localisation.AssessHazard(hazard.ProgrammeHazard.Id, hazard.Local?.Revision ?? 0,
                                random.Next(3) == 0 ? Samples.NotApplicable() : Samples.Applicable((Likelihood)random.Next(1, 6), "Local reasoning"), Samples.Cso);
                        break;
                    case 5:
                        // A practice finishing its localisation: current version, SOP, every open decision, then sign-off.
                        if (view.Summary.LocalisedVersion < view.CurrentProgrammeVersion) view = await localisation.CarryForward(view.Revision, Samples.Cso);
                        if (view.Sop is not { IsApproved: true }) view = await localisation.RecordSop(view.SopRevision, Samples.ApprovedSop(), Samples.Cso);
                        foreach (var open in view.Hazards.Where(h => h.State is AssessmentState.NotAssessed or AssessmentState.NeedsReassessment).ToArray())
                            view = await localisation.AssessHazard(open.ProgrammeHazard.Id, open.Local?.Revision ?? 0, Samples.Applicable(Likelihood.Low, "Reviewed"), Samples.Cso);
                        await localisation.SignOff(view.Revision, Samples.PracticeSignOff(), Samples.Cso);
                        break;
                    case 6:
                        await localisation.CarryForward(view.Revision, Samples.Cso);
                        break;
                    default:
                        if (random.Next(4) == 0)
                        {
                            var practice = Grains.GetGrain<IPracticeGrain>(ods);
                            var current = (await practice.Get()).Details;
                            await practice.RegisterAsync(current with { IcbCode = current.IcbCode == icb ? otherIcb : icb }, Samples.Cso);
                        }
                        else
                        {
                            var log = Grains.GetGrain<IProgrammeHazardLogGrain>(programme);
                            var draft = await log.Get();
                            var target = draft.Hazards[random.Next(draft.Hazards.Count)];
                            await log.ReviseHazard(target.Id, target.Revision, Samples.Hazard($"{target.Content.Title}, step {step}"), "Change", Samples.Cso);
                            await log.Publish((await log.Get()).DraftRevision, Samples.SignOff(), $"Step {step}", Samples.Cso);
                        }

                        break;
                }
            }
            catch (HubException)
            {
                // Refusals (not joined, unassessed hazards, nothing to carry forward…) are part of a realistic stream.
            }
        }

        // An ICB merger at the end, whatever the stream did: the first practice leaves for the other ICB.
        var mover = Grains.GetGrain<IPracticeGrain>(practices[0]);
        var details = (await mover.Get()).Details;
        if (details.IcbCode == icb) await mover.RegisterAsync(details with { IcbCode = otherIcb }, Samples.Cso);

        // The stream must have exercised the interesting cases for the comparison to mean anything.
        var moved = await CoverageSources.ReadAsync(Grains, otherIcb, practices);
        var summaries = (await CoverageSources.ReadAsync(Grains, icb, practices)).Concat(moved).SelectMany(p => p.Localisations).ToArray();
        Assert.NotEmpty(moved);
        Assert.Contains(summaries, l => l.SignedOffVersion is not null);
        Assert.Contains(summaries, l => l.LocalisedVersion > 1);
        Assert.Contains(summaries, l => l.HighestLocalResidualRating >= 3);

        foreach (var code in new[] { icb, otherIcb })
        {
            var estate = Grains.GetGrain<IIcbEstateGrain>(code);
            var settled = await Eventually.Get(
                async () => (Incremental: CoverageSources.Json(await estate.Coverage()), Expected: CoverageSources.Json(await CoverageSources.ReadAsync(Grains, code, practices))),
                x => x.Incremental == x.Expected);

            var rebuilt = CoverageSources.Json(await estate.Rebuild());

            Assert.Equal(settled.Incremental, rebuilt);
            Assert.Equal(settled.Incremental, CoverageSources.Json(await estate.Coverage()));
        }
    }

    [Fact]
    public async Task Coverage_figures_follow_the_rows()
    {
        var programme = UniqueIds.Programme("cov-c");
        var log = await ProgrammeLogs.CreateAsync(Grains, programme);
        await log.AddAsync("Only hazard");
        await log.Publish(1, Samples.SignOff(), "v1", Samples.Cso);
        var (signed, idle, lonely) = ("K10001", "K10002", "K10003");
        foreach (var ods in new[] { signed, idle, lonely }) await Grains.GetGrain<IPracticeGrain>(ods).RegisterAsync(Samples.Practice($"P {ods}", "K03"), Samples.Cso);
        var localisation = Grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programme, signed));
        await localisation.Join(Samples.Mou(), Samples.Cso);
        await localisation.RecordSop(0, Samples.ApprovedSop(), Samples.Cso);
        var view = await localisation.AssessHazard("H-001", 0, Samples.Applicable(Likelihood.High, "Busy branch"), Samples.Cso);
        await localisation.SignOff(view.Revision, Samples.PracticeSignOff(), Samples.Cso);
        await Grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programme, idle)).Join(Samples.Mou(), Samples.Cso);

        var rows = await Eventually.Get(
            () => Grains.GetGrain<IIcbEstateGrain>("K03").Coverage(),
            r => r.Count == 3 && r.Single(p => p.OdsCode == signed).Localisations.SingleOrDefault()?.SignedOffVersion == 1
                 && r.Single(p => p.OdsCode == idle).Localisations.Count == 1);
        var coverage = IcbCoverage.Compute("K03", rows, new Dictionary<string, int?> { [programme] = 1 }, Samples.Today);

        Assert.Equal([lonely], coverage.PracticesWithNoProgramme);
        var summary = coverage.Programmes.Single();
        Assert.Equal((2, 1, 0, 1, 0), (summary.Joined, summary.SignedOffCurrent, summary.Stale, summary.NotStarted, summary.Overdue));
        var signedRow = coverage.Rows.Single(r => r.OdsCode == signed);
        Assert.Equal((MouState.Active, SopState.Approved, LocalisationStatus.SignedOff, 4), (signedRow.Mou, signedRow.Sop, signedRow.Status, signedRow.HighestLocalResidualRating));
        Assert.Equal(1, coverage.LocalResidualGrid[RiskGrid.IndexOf(Severity.Major, Likelihood.High)]);
        Assert.Equal(1, coverage.ProgrammeResidualGrid[RiskGrid.IndexOf(Severity.Major, Likelihood.VeryLow)]);

        var stale = IcbCoverage.Compute("K03", rows, new Dictionary<string, int?> { [programme] = 3 }, Samples.Today);
        Assert.Equal((LocalisationStatus.Stale, 2), (stale.Rows.Single(r => r.OdsCode == signed).Status, stale.Rows.Single(r => r.OdsCode == signed).VersionsBehind));
    }
}
