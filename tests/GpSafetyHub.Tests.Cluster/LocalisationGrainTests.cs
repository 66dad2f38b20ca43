using GpSafetyHub.Errors;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>Practices localising one programme log, through the grains on real storage.</summary>
public sealed class LocalisationGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static int _practiceNumber = 10000;

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Republishing_makes_every_localisation_stale_and_carry_forward_keeps_unchanged_decisions()
    {
        var (programmeId, log) = await PublishedProgrammeAsync(hazards: 10);
        var practices = new[] { await RegisterAsync(), await RegisterAsync(), await RegisterAsync() };
        // Three practices, three different sets of decisions.
        var decisions = new Func<int, HazardDecision>[]
        {
            _ => Samples.Applicable(),
            i => i % 2 == 0 ? Samples.NotApplicable() : Samples.Applicable(GpSafetyHub.Risk.Likelihood.Low, "Locum-heavy rota makes this likelier here."),
            i => i < 5 ? Samples.Applicable() : Samples.NotApplicable("Feature switched off at this practice."),
        };
        for (var p = 0; p < practices.Length; p++)
        {
            var localisation = await SignedOffAsync(programmeId, practices[p], decisions[p]);
            Assert.Equal(LocalisationStatus.SignedOff, (await localisation.Get()).Status);
        }

        await log.ReviseHazard("H-003", 1, Samples.Hazard("Hazard 3, risk re-assessed") with { ResidualRisk = new(GpSafetyHub.Risk.Severity.Major, GpSafetyHub.Risk.Likelihood.VeryLow, "Supplier fix verified.") }, "Supplier fix", Samples.Cso);
        await log.AddAsync("Hazard 11");
        await log.Publish(12, Samples.SignOff(), "Version 2", Samples.Cso);

        for (var p = 0; p < practices.Length; p++)
        {
            var localisation = Localisation(programmeId, practices[p]);
            var view = await localisation.Get();
            Assert.Equal(LocalisationStatus.Stale, view.Status);
            Assert.Equal(1, view.Summary.VersionsBehind(view.CurrentProgrammeVersion));
            Assert.Equal(["H-003", "H-011"], view.ChangesSinceSignedVersion.Select(c => c.HazardId));
            Assert.Equal([HazardChangeKind.TextChanged, HazardChangeKind.RiskChanged], view.ChangesSinceSignedVersion[0].Kinds);
            Assert.Equal(["title", "residualRisk"], view.ChangesSinceSignedVersion[0].ChangedFields);
            Assert.Equal([HazardChangeKind.Added], view.ChangesSinceSignedVersion[1].Kinds);

            var carried = await localisation.CarryForward(view.Revision, Samples.Cso);

            Assert.Equal(2, carried.Summary.LocalisedVersion);
            // Ten hazards localised; one changed and one added in version 2: the nine unchanged
            // decisions are kept exactly, the changed one is flagged, the new one is unassessed.
            var kept = carried.Hazards.Where(h => h.Local is { NeedsReassessment: false }).ToArray();
            Assert.Equal(9, kept.Length);
            Assert.All(kept, h => AssertSameDecision(decisions[p](Number(h.ProgrammeHazard.Id)), h.Local!.Decision));
            Assert.True(carried.Hazards.Single(h => h.ProgrammeHazard.Id == "H-003").Local!.NeedsReassessment);
            Assert.Null(carried.Hazards.Single(h => h.ProgrammeHazard.Id == "H-011").Local);
            Assert.Equal(2, carried.Summary.NotAssessedHazards);

            var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                localisation.SignOff(carried.Revision, Samples.PracticeSignOff(), Samples.Cso));
            Assert.Equal(["decisions[H-003]", "decisions[H-011]"], refusal.Violations.Select(v => v.Field));

            // The practice and the programme each hear of the carried-forward localisation.
            var practiceRow = await Eventually.Get(
                async () => (await Grains.GetGrain<IPracticeGrain>(practices[p]).Localisations()).SingleOrDefault(),
                row => row?.LocalisedVersion == 2);
            Assert.Equal((programmeId, 1, 2), (practiceRow!.ProgrammeId, practiceRow.SignedOffVersion, practiceRow.NotAssessedHazards));
            await Eventually.Get(
                async () => (await Grains.GetGrain<IProgrammeLocalisationsGrain>(programmeId).Page(10, null)).Rows,
                rows => rows.Count == 3 && rows.Single(r => r.OdsCode == practices[p]).LocalisedVersion == 2);
        }
    }

    [Fact]
    public async Task After_re_assessing_what_changed_the_practice_signs_off_the_new_version()
    {
        var (programmeId, log) = await PublishedProgrammeAsync(hazards: 3);
        var localisation = await SignedOffAsync(programmeId, await RegisterAsync(), _ => Samples.Applicable());
        await log.ReviseHazard("H-002", 1, Samples.Hazard("Hazard 2, revised"), "Supplier change", Samples.Cso);
        await log.Publish(4, Samples.SignOff(), "Version 2", Samples.Cso);

        var carried = await localisation.CarryForward((await localisation.Get()).Revision, Samples.Cso);
        var reassessed = await localisation.AssessHazard("H-002", carried.Hazards[1].Local!.Revision, Samples.NotApplicable(), Samples.Cso);
        var signed = await localisation.SignOff(reassessed.Revision, Samples.PracticeSignOff(), Samples.Cso);

        Assert.Equal(LocalisationStatus.SignedOff, signed.Status);
        Assert.Equal([1, 2], signed.SignOffs.Select(s => s.ProgrammeVersion));
        Assert.Empty(signed.ChangesSinceSignedVersion);
        Assert.Equal(AssessmentState.NotApplicable, signed.Hazards[1].State);
    }

    [Fact]
    public async Task Local_hazards_follow_the_hazard_rules_and_must_be_justified_before_sign_off()
    {
        var (programmeId, _) = await PublishedProgrammeAsync(hazards: 1);
        var localisation = Localisation(programmeId, await RegisterAsync());
        await localisation.Join(Samples.Mou(), Samples.Cso);
        await localisation.RecordSop(0, Samples.ApprovedSop(), Samples.Cso);
        await localisation.AssessHazard("H-001", 0, Samples.Applicable(), Samples.Cso);
        var unjustified = Samples.Hazard("Scribe used in the branch surgery with poor Wi-Fi") with
        {
            ResidualRisk = new GpSafetyHub.Risk.RiskAssessment(GpSafetyHub.Risk.Severity.Major, GpSafetyHub.Risk.Likelihood.Low, null),
        };

        var local = await localisation.AddLocalHazard(unjustified, "Found at the practice meeting", Samples.Cso);
        Assert.Equal("L-001", local.Id);
        var view = await localisation.Get();
        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => localisation.SignOff(view.Revision, Samples.PracticeSignOff(), Samples.Cso));
        Assert.Equal("localHazards[L-001].residualRisk.justification", refusal.Field);

        await Assert.ThrowsAsync<ConflictException>(() => localisation.ReviseLocalHazard("L-001", 0, unjustified, "stale", Samples.Cso));
        var justified = await localisation.ReviseLocalHazard("L-001", 1,
            unjustified with { ResidualRisk = unjustified.ResidualRisk! with { Justification = "Offline mode tested at the branch." } }, "Justified", Samples.Cso);
        Assert.Equal(2, justified.Revision);
        var signed = await localisation.SignOff((await localisation.Get()).Revision, Samples.PracticeSignOff(), Samples.Cso);
        Assert.Equal(LocalisationStatus.SignedOff, signed.Status);

        var closed = await localisation.CloseLocalHazard("L-001", 2, "Branch surgery closed", Samples.Cso);
        Assert.Equal(GpSafetyHub.Hazards.HazardStatus.Closed, closed.Status);
        Assert.Equal(LocalisationStatus.InProgress, (await localisation.Get()).Status);
    }

    [Fact]
    public async Task A_practice_cannot_localise_a_programme_it_has_not_joined()
    {
        var (programmeId, _) = await PublishedProgrammeAsync(hazards: 1);
        var ods = await RegisterAsync();
        var localisation = Localisation(programmeId, ods);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => localisation.AssessHazard("H-001", 0, Samples.Applicable(), Samples.Cso));

        Assert.Contains("join it under an MoU", error.Detail);
        var view = await localisation.Get();
        Assert.Equal(LocalisationStatus.NotJoined, view.Status);
        Assert.Equal(0, view.Revision);
    }

    [Fact]
    public async Task Unregistered_practices_and_unknown_programmes_cannot_join()
    {
        var (programmeId, _) = await PublishedProgrammeAsync(hazards: 1);
        await Assert.ThrowsAsync<NotFoundException>(() => Localisation(programmeId, "Z99999").Join(Samples.Mou(), Samples.Cso));
        var registered = await RegisterAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => Localisation(UniqueIds.Programme("nope"), registered).Join(Samples.Mou(), Samples.Cso));
    }

    [Fact]
    public async Task Sign_off_is_refused_while_a_hazard_is_unassessed_or_a_justification_is_missing()
    {
        var (programmeId, _) = await PublishedProgrammeAsync(hazards: 3);
        var localisation = Localisation(programmeId, await RegisterAsync());
        await localisation.Join(Samples.Mou(), Samples.Cso);
        await localisation.RecordSop(0, Samples.ApprovedSop(), Samples.Cso);
        await localisation.AssessHazard("H-001", 0, Samples.Applicable(GpSafetyHub.Risk.Likelihood.High), Samples.Cso);
        var view = await localisation.AssessHazard("H-002", 0, Samples.NotApplicable(), Samples.Cso);

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => localisation.SignOff(view.Revision, Samples.PracticeSignOff(), Samples.Cso));

        Assert.Equal(["decisions[H-001].localResidualRisk.justification", "decisions[H-003]"], refusal.Violations.Select(v => v.Field));
        var after = await localisation.Get();
        Assert.Equal(view.Revision, after.Revision);
        Assert.Empty(after.SignOffs);
        Assert.Equal(LocalisationStatus.InProgress, after.Status);
    }

    [Fact]
    public async Task A_decision_edited_from_a_stale_revision_is_a_conflict_and_changes_nothing()
    {
        var (programmeId, _) = await PublishedProgrammeAsync(hazards: 2);
        var localisation = Localisation(programmeId, await RegisterAsync());
        await localisation.Join(Samples.Mou(), Samples.Cso);
        await localisation.AssessHazard("H-001", 0, Samples.Applicable(), Samples.Cso);

        var error = await Assert.ThrowsAsync<ConflictException>(() => localisation.AssessHazard("H-001", 0, Samples.NotApplicable(), Samples.OtherCso));

        Assert.Equal("expectedRevision", error.Field);
        Assert.True((await localisation.Get()).Hazards[0].Local!.Decision.Applicable);
    }

    [Fact]
    public async Task Leaving_keeps_the_localisation_read_only_and_history_records_everything()
    {
        var (programmeId, _) = await PublishedProgrammeAsync(hazards: 1);
        var localisation = Localisation(programmeId, await RegisterAsync());
        await localisation.Join(Samples.Mou(), Samples.Cso);
        await localisation.AssessHazard("H-001", 0, Samples.Applicable(), Samples.Cso);
        await localisation.Leave("MoU ended by the practice", Samples.Cso);

        await Assert.ThrowsAsync<ValidationFailedException>(() => localisation.AssessHazard("H-001", 1, Samples.NotApplicable(), Samples.Cso));
        var view = await localisation.Get();
        Assert.Equal(LocalisationStatus.Left, view.Status);
        Assert.True(view.Hazards[0].Local!.Decision.Applicable);
        var history = await localisation.GetHistory(10, null);
        Assert.Equal(["PROGRAMME_LEFT", "HAZARD_ASSESSED", "PROGRAMME_JOINED"], history.Entries.Select(e => e.Action));
        Assert.Equal("MoU ended by the practice", history.Entries[0].Reason);
    }

    [Fact]
    public async Task A_practice_moving_ICB_leaves_the_old_estate_for_the_new_one_and_history_shows_it()
    {
        var ods = NextOds();
        var practice = Grains.GetGrain<IPracticeGrain>(ods);
        Assert.Equal(RegistrationOutcome.Created, await practice.RegisterAsync(Samples.Practice(icb: "Q01"), Samples.Cso));
        Assert.Equal(RegistrationOutcome.Unchanged, await practice.RegisterAsync(Samples.Practice(icb: "Q01"), Samples.Cso));
        await Eventually.Get(() => Grains.GetGrain<IIcbEstateGrain>("Q01").Practices(), p => p.Any(x => x.OdsCode == ods));

        Assert.Equal(RegistrationOutcome.Updated, await practice.RegisterAsync(Samples.Practice(icb: "Q02"), Samples.Cso));

        await Eventually.Get(() => Grains.GetGrain<IIcbEstateGrain>("Q02").Practices(), p => p.Any(x => x.OdsCode == ods));
        await Eventually.Get(() => Grains.GetGrain<IIcbEstateGrain>("Q01").Practices(), p => p.All(x => x.OdsCode != ods));
        var moved = (await practice.GetHistory(10, null)).Entries[0];
        Assert.Contains("Moved from ICB Q01 to ICB Q02", moved.Summary);
        Assert.Equal(["icbCode"], moved.ChangedFields);
    }

    private ILocalisationGrain Localisation(string programmeId, string ods) =>
        Grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programmeId, ods));

    private async Task<ILocalisationGrain> SignedOffAsync(string programmeId, string ods, Func<int, HazardDecision> decide)
    {
        var localisation = Localisation(programmeId, ods);
        var view = await localisation.Join(Samples.Mou(), Samples.Cso);
        await localisation.RecordSop(0, Samples.ApprovedSop(), Samples.Cso);
        foreach (var hazard in view.Hazards)
            view = await localisation.AssessHazard(hazard.ProgrammeHazard.Id, 0, decide(Number(hazard.ProgrammeHazard.Id)), Samples.Cso);
        await localisation.SignOff(view.Revision, Samples.PracticeSignOff(), Samples.Cso);
        return localisation;
    }

    private async Task<(string Id, IProgrammeHazardLogGrain Log)> PublishedProgrammeAsync(int hazards)
    {
        var id = UniqueIds.Programme();
        var log = await ProgrammeLogs.CreateAsync(Grains, id);
        for (var i = 1; i <= hazards; i++) await log.AddAsync($"Hazard {i}");
        await log.Publish(hazards, Samples.SignOff(), "Version 1", Samples.Cso);
        return (id, log);
    }

    private async Task<string> RegisterAsync()
    {
        var ods = NextOds();
        await Grains.GetGrain<IPracticeGrain>(ods).RegisterAsync(Samples.Practice(), Samples.Cso);
        return ods;
    }

    private static string NextOds() => $"T{Interlocked.Increment(ref _practiceNumber) % 100000:D5}";

    private static void AssertSameDecision(HazardDecision expected, HazardDecision actual)
    {
        Assert.Equal(expected with { LocalControls = [] }, actual with { LocalControls = [] });
        Assert.Equal(expected.LocalControls, actual.LocalControls);
    }

    private static int Number(string hazardId) => int.Parse(hazardId[2..], System.Globalization.CultureInfo.InvariantCulture);
}
