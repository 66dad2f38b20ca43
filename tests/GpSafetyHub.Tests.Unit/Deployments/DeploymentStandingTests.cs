using GpSafetyHub.Deployments;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;

namespace GpSafetyHub.Tests.Unit.Deployments;

/// <summary>What a deployment inherits (shared artefacts, the ICB's blanket permission, the localisation) and how its clock reads.</summary>
public sealed class DeploymentStandingTests
{
    private static readonly Actor Manager = new("pm-1", "Sam Patel", "practice", "Z90000");
    private static readonly Actor Cso = new("cso-1", "Dr Demo", "cso", "NEL CSU");
    private static readonly DateOnly Monday = new(2026, 12, 7);
    private static readonly DeploymentClock Clock = new(new WorkingDayCalendar([new DateOnly(2026, 12, 25)]), new StepTargets());

    private static StepRecord Done(DeploymentStep step, DateOnly? on = null) => new(step, StepStatus.Done, null, on ?? Monday, null, on ?? Monday, null, null, Manager);

    private static readonly StepRecord[] Chosen = [Done(DeploymentStep.OutlineRequirement), Done(DeploymentStep.ProcurementRoute), Done(DeploymentStep.SupplierEvaluation)];

    private static ProgrammeDeploymentView Programme(IReadOnlyList<ProgrammeArtefact>? artefacts = null, IReadOnlyList<BlanketPermission>? permissions = null) =>
        new("ai-scribe", ProcurementRoute.IcbLed, artefacts ?? [], permissions ?? [], 1);

    private static LocalisationSummary Localisation(DateOnly joined, int? signedVersion = null, DateOnly? signedOn = null, DateOnly? reopened = null) =>
        new("ai-scribe", "A81001", 5, Monday.AddYears(2), null, true, null, 1, signedVersion, reopened is not null, true, 3, 0, 2)
        { JoinedOn = joined, SignedOffOn = signedOn, ReopenedOn = reopened };

    private static DeploymentSources Sources(
        IReadOnlyList<StepRecord> own, ProgrammeDeploymentView? programme = null, LocalisationSummary? localisation = null, int? current = 1, DateOnly? published = null) =>
        new(programme ?? Programme(), new DeploymentRecords("ai-scribe", "A81001", own, own.Count, own.Count), localisation, current, published, "QMF", "Riverside");

    [Fact]
    public void A_shared_DTAC_completes_every_practice_s_step_ending_its_own_wait_on_the_day_it_was_recorded()
    {
        var dtac = new ProgrammeArtefact(ProgrammeArtefactKind.Dtac, "DTAC-14", null, Monday.AddDays(2), Cso);
        var asked = new StepRecord(DeploymentStep.Dtac, StepStatus.WaitingOn, DeploymentParty.Supplier, Monday, Monday, null, null, null, Manager);
        var plan = DeploymentStanding.Plan(Sources([.. Chosen, asked], Programme([dtac])), Monday.AddDays(3));

        var step = plan[DeploymentStep.Dtac];
        Assert.Equal((StepStatus.Done, "DTAC-14", "the programme's shared DTAC"), (step.Status, step.Evidence, step.InheritedFrom));
        Assert.Equal([new StepWait(DeploymentParty.Supplier, Monday, Monday.AddDays(2))], step.EndedWaits);

        // The practice's own finished record stands over the programme's.
        var own = Done(DeploymentStep.Dtac) with { Evidence = "OUR-DTAC" };
        Assert.Equal("OUR-DTAC", DeploymentStanding.Plan(Sources([.. Chosen, own], Programme([dtac])), Monday).Steps.Single(s => s.Step == DeploymentStep.Dtac).Evidence);
    }

    [Fact]
    public void An_ICB_s_blanket_permission_is_inherited_unless_the_ICB_decided_for_the_practice_itself()
    {
        var blanket = new BlanketPermission("QMF", PermissionDecision.ApprovedWithSupport, null, "QMF-1", Monday, Cso);
        var inherited = DeploymentStanding.Plan(Sources(Chosen, Programme(permissions: [blanket])), Monday)[DeploymentStep.IcbPermission];
        Assert.Equal((StepStatus.Done, PermissionDecision.ApprovedWithSupport, true), (inherited.Status, inherited.Permission, inherited.IsFinished));

        var prohibited = Done(DeploymentStep.IcbPermission) with { Permission = PermissionDecision.Prohibited, Note = "No support contract" };
        var plan = DeploymentStanding.Plan(Sources([.. Chosen, prohibited], Programme(permissions: [blanket])), Monday);
        Assert.Equal(PermissionDecision.Prohibited, plan[DeploymentStep.IcbPermission].Permission);
        // A prohibition finishes nothing: the contract cannot follow it.
        Assert.False(plan[DeploymentStep.IcbPermission].IsFinished);
        Assert.Contains(plan.Blocking, s => s.Step == DeploymentStep.IcbPermission);

        // A blanket permission of another ICB is not this practice's.
        var other = new BlanketPermission("QHM", PermissionDecision.ApprovedWithSupport, null, null, Monday, Cso);
        Assert.Equal(StepStatus.NotStarted, DeploymentStanding.Plan(Sources(Chosen, Programme(permissions: [other])), Monday)[DeploymentStep.IcbPermission].Status);
    }

    [Fact]
    public void Clinical_safety_waits_from_joining_from_the_day_the_log_was_reopened_or_from_the_version_it_has_not_signed()
    {
        var joined = Monday.AddDays(-7);
        var waiting = DeploymentStanding.Plan(Sources(Chosen, localisation: Localisation(joined)), Monday)[DeploymentStep.ClinicalSafety];
        // ICB-led: the ICB sources the DCB0160 work.
        Assert.Equal((StepStatus.WaitingOn, DeploymentParty.Icb, joined), (waiting.Status, waiting.WaitingOn, waiting.WaitingSince));

        var signed = DeploymentStanding.Plan(Sources(Chosen, localisation: Localisation(joined, 1, Monday.AddDays(-2))), Monday)[DeploymentStep.ClinicalSafety];
        Assert.Equal((StepStatus.Done, Monday.AddDays(-2), (DateOnly?)null), (signed.Status, signed.FinishedOn, signed.WaitingSince));

        var published = Monday.AddDays(-1);
        var stale = DeploymentStanding.Plan(Sources(Chosen, localisation: Localisation(joined, 1, Monday.AddDays(-2)), current: 2, published: published), Monday)[DeploymentStep.ClinicalSafety];
        Assert.Equal((StepStatus.WaitingOn, published), (stale.Status, stale.WaitingSince));

        var reopened = DeploymentStanding.Plan(Sources(Chosen, localisation: Localisation(joined, 1, Monday.AddDays(-2), reopened: Monday)), Monday)[DeploymentStep.ClinicalSafety];
        Assert.Equal((StepStatus.WaitingOn, Monday), (reopened.Status, reopened.WaitingSince));
    }

    [Fact]
    public void A_step_is_never_overdue_before_the_steps_it_follows_are_finished_and_end_to_end_counts_from_the_practice_s_own_first_step()
    {
        var longAgo = Monday.AddDays(-28);
        var outline = Done(DeploymentStep.OutlineRequirement, Monday);
        var view = DeploymentStanding.View(Sources([outline], localisation: Localisation(longAgo)), Clock, Monday.AddDays(3));
        var safety = view[DeploymentStep.ClinicalSafety];
        Assert.Equal((StepStatus.WaitingOn, false, false), (safety.Record.Status, safety.CanStart, safety.IsOverdue));
        Assert.Equal((Monday, 3), (view.StartedOn, view.EndToEndDays));
        Assert.Equal(DeploymentStep.ProcurementRoute, view.CurrentStep);
        // ICB-led: the ICB chooses the route; it is the ICB's turn.
        Assert.Equal([DeploymentParty.Icb], view.Turn);

        var ready = DeploymentStanding.View(Sources(Chosen, localisation: Localisation(longAgo)), Clock, Monday.AddDays(3));
        Assert.True(ready[DeploymentStep.ClinicalSafety].IsOverdue);
    }

    [Fact]
    public void Deciding_a_step_over_an_inherited_one_builds_on_the_practice_s_own_record()
    {
        var dtac = new ProgrammeArtefact(ProgrammeArtefactKind.Dtac, "DTAC-14", null, Monday, Cso);
        var asked = new StepRecord(DeploymentStep.Dtac, StepStatus.WaitingOn, DeploymentParty.Supplier, Monday.AddDays(-3), Monday.AddDays(-3), null, "REQ-1", null, Manager);
        var plan = DeploymentStanding.Plan(Sources([.. Chosen, asked], Programme([dtac])), Monday);
        var mine = plan.Decide(new StepChange(DeploymentStep.Dtac, StepStatus.Done, null, null, null), Manager, Monday.AddDays(1));
        Assert.Equal((Monday.AddDays(-3), "REQ-1", (string?)null), (mine.StartedOn, mine.Evidence, mine.InheritedFrom));
        Assert.Equal([new StepWait(DeploymentParty.Supplier, Monday.AddDays(-3), Monday.AddDays(1))], mine.EndedWaits);
    }
}
