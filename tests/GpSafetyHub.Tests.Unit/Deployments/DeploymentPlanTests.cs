using GpSafetyHub.Deployments;
using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;

namespace GpSafetyHub.Tests.Unit.Deployments;

/// <summary>Changing a step: the order, whom it waits on, why it does not apply, the clinical-safety step; and the KPI clock on it.</summary>
public sealed class DeploymentPlanTests
{
    private static readonly Actor Manager = new("pm-1", "Sam Patel", "practice", "Z90000");
    private static readonly DateOnly Monday = new(2026, 12, 7);

    // No bank holidays in the fortnight these tests use; weekends still do not count.
    private static readonly DeploymentClock Clock = new(new WorkingDayCalendar([new DateOnly(2026, 12, 25)]), new StepTargets());

    private static DeploymentPlan Plan(params StepRecord[] steps) => new(ProcurementRoute.PracticeLed, steps.ToDictionary(s => s.Step));

    private static StepRecord Done(DeploymentStep step) => new(step, StepStatus.Done, null, Monday, null, Monday, null, null, Manager);

    [Fact]
    public void A_step_cannot_start_before_the_steps_it_follows_are_finished_and_nothing_is_changed()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() =>
            Plan().Decide(new StepChange(DeploymentStep.Contract, StepStatus.InProgress, null, null, null), Manager, Monday));
        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("change.status", violation.Field);
        Assert.Equal("cannot be in progress before these steps are done or not applicable: DTAC from the supplier, Information governance (DPIA, DPA), Clinical safety (DCB0160), IT provider assessment, ICB permission", violation.Rule);
    }

    [Fact]
    public void A_step_that_waits_names_whom_it_waits_on_and_one_that_does_not_apply_says_why()
    {
        var plan = Plan(Done(DeploymentStep.OutlineRequirement));
        var waits = Assert.Throws<ValidationFailedException>(() => plan.Decide(new StepChange(DeploymentStep.ProcurementRoute, StepStatus.WaitingOn, null, null, null), Manager, Monday));
        Assert.Equal(("change.waitingOn", "is required: name whom the step waits on"), (waits.Violations[0].Field, waits.Violations[0].Rule));
        var notApplicable = Assert.Throws<ValidationFailedException>(() => plan.Decide(new StepChange(DeploymentStep.ProcurementRoute, StepStatus.NotApplicable, null, null, " "), Manager, Monday));
        Assert.Equal(("change.note", "is required"), (notApplicable.Violations[0].Field, notApplicable.Violations[0].Rule));

        var skipped = plan.Decide(new StepChange(DeploymentStep.ProcurementRoute, StepStatus.NotApplicable, null, null, "Bought under the ICB's framework"), Manager, Monday);
        Assert.Equal((StepStatus.NotApplicable, "Bought under the ICB's framework", Monday), (skipped.Status, skipped.Note, skipped.FinishedOn));
        Assert.True(skipped.IsFinished);
    }

    [Fact]
    public void The_clinical_safety_step_is_never_typed_in_it_follows_the_localisation()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() =>
            Plan().Decide(new StepChange(DeploymentStep.ClinicalSafety, StepStatus.Done, null, "DCB0160 done", null), Manager, Monday));
        Assert.Equal("change.step", refusal.Violations[0].Field);

        Assert.Equal((StepStatus.Done, (DeploymentParty?)null), DeploymentClock.ClinicalSafety(LocalisationStatus.SignedOff, ProcurementRoute.IcbLed));
        Assert.Equal((StepStatus.WaitingOn, DeploymentParty.Icb), DeploymentClock.ClinicalSafety(LocalisationStatus.InProgress, ProcurementRoute.IcbLed));
        Assert.Equal((StepStatus.WaitingOn, DeploymentParty.Practice), DeploymentClock.ClinicalSafety(LocalisationStatus.Stale, ProcurementRoute.PracticeLed));
        Assert.Equal((StepStatus.NotStarted, (DeploymentParty?)null), DeploymentClock.ClinicalSafety(LocalisationStatus.NotJoined, ProcurementRoute.PracticeLed));
        Assert.Equal((StepStatus.InProgress, (DeploymentParty?)null), DeploymentClock.ClinicalSafety(LocalisationStatus.MouExpired, ProcurementRoute.PracticeLed));
    }

    [Fact]
    public void The_clock_runs_while_a_step_waits_and_a_step_past_its_target_is_overdue()
    {
        var plan = Plan(Done(DeploymentStep.OutlineRequirement), Done(DeploymentStep.ProcurementRoute), Done(DeploymentStep.SupplierEvaluation));
        // The ICB's permission, an approval decision: 5 working days from Monday 7 December falls on Monday 14th.
        var waiting = plan.Decide(new StepChange(DeploymentStep.IcbPermission, StepStatus.WaitingOn, DeploymentParty.Icb, null, null), Manager, Monday);
        Assert.Equal((Monday, new DateOnly(2026, 12, 14)), (waiting.WaitingSince!.Value, Clock.DueOn(waiting)!.Value));
        Assert.Equal(5, Clock.Waited(waiting, new DateOnly(2026, 12, 14)));
        Assert.False(Clock.IsOverdue(waiting, new DateOnly(2026, 12, 14)));
        Assert.True(Clock.IsOverdue(waiting, new DateOnly(2026, 12, 15)));

        // Asked again of the same party, the clock keeps running; once done, it stops.
        var again = new DeploymentPlan(ProcurementRoute.PracticeLed, new Dictionary<DeploymentStep, StepRecord> { [DeploymentStep.IcbPermission] = waiting, [DeploymentStep.SupplierEvaluation] = Done(DeploymentStep.SupplierEvaluation), [DeploymentStep.ProcurementRoute] = Done(DeploymentStep.ProcurementRoute), [DeploymentStep.OutlineRequirement] = Done(DeploymentStep.OutlineRequirement) });
        Assert.Equal(Monday, again.Decide(new StepChange(DeploymentStep.IcbPermission, StepStatus.WaitingOn, DeploymentParty.Icb, "Chased", null), Manager, new DateOnly(2026, 12, 9)).WaitingSince);
        var done = again.Decide(new StepChange(DeploymentStep.IcbPermission, StepStatus.Done, null, "ICB-PERM-0042", null) { Permission = PermissionDecision.ApprovedWithSupport }, Manager, new DateOnly(2026, 12, 10));
        Assert.Equal(3, Clock.Waited(done, new DateOnly(2027, 2, 1)));
        Assert.False(Clock.IsOverdue(done, new DateOnly(2027, 2, 1)));
        Assert.Equal(("ICB-PERM-0042", Manager), (done.Evidence, done.ChangedBy));
    }

    [Fact]
    public void The_steps_holding_up_go_live_are_those_free_to_be_worked_on_now()
    {
        var plan = Plan(Done(DeploymentStep.OutlineRequirement), Done(DeploymentStep.ProcurementRoute), Done(DeploymentStep.SupplierEvaluation), Done(DeploymentStep.Dtac));
        Assert.Equal(
            [DeploymentStep.InformationGovernance, DeploymentStep.ClinicalSafety, DeploymentStep.ItAssessment, DeploymentStep.IcbPermission],
            plan.Blocking.Select(s => s.Step));
        Assert.Null(plan.LiveOn);
    }
}

/// <summary>The ICB's decision, the periodic review date, whom a step waits on in turn, and a programme's set-up.</summary>
public sealed class StepDetailTests
{
    private static readonly Actor Icb = new("icb-1", "Alex Jones", "icb", "QMF");
    private static readonly DateOnly Monday = new(2026, 12, 7);

    private static StepRecord Done(DeploymentStep step) => new(step, StepStatus.Done, null, Monday, null, Monday, null, null, Icb);

    private static DeploymentPlan Ready() => new(ProcurementRoute.IcbLed,
        new[] { DeploymentStep.OutlineRequirement, DeploymentStep.ProcurementRoute, DeploymentStep.SupplierEvaluation, DeploymentStep.Dtac, DeploymentStep.InformationGovernance,
            DeploymentStep.ClinicalSafety, DeploymentStep.ItAssessment, DeploymentStep.IcbPermission, DeploymentStep.Contract, DeploymentStep.RopaAndPrivacyNotice, DeploymentStep.Deployed }
            .ToDictionary(s => s, Done));

    [Fact]
    public void The_ICB_s_decision_belongs_on_its_step_only_and_a_prohibition_says_why()
    {
        var plan = Ready();
        Assert.Equal("change.permission", Assert.Throws<ValidationFailedException>(() =>
            plan.Decide(new StepChange(DeploymentStep.IcbPermission, StepStatus.Done, null, null, null), Icb, Monday)).Violations[0].Field);
        Assert.Equal("change.permission", Assert.Throws<ValidationFailedException>(() =>
            plan.Decide(new StepChange(DeploymentStep.Contract, StepStatus.Done, null, null, null) { Permission = PermissionDecision.ApprovedWithSupport }, Icb, Monday)).Violations[0].Field);
        Assert.Equal("change.note", Assert.Throws<ValidationFailedException>(() =>
            plan.Decide(new StepChange(DeploymentStep.IcbPermission, StepStatus.Done, null, null, null) { Permission = PermissionDecision.Prohibited }, Icb, Monday)).Violations[0].Field);
        var prohibited = plan.Decide(new StepChange(DeploymentStep.IcbPermission, StepStatus.Done, null, null, "No service-desk cover") { Permission = PermissionDecision.Prohibited }, Icb, Monday);
        Assert.False(prohibited.IsFinished);
    }

    [Fact]
    public void The_periodic_review_step_is_done_with_a_review_date_ahead()
    {
        var plan = Ready();
        Assert.Equal(("change.reviewDate", "is required: set the date the deployment is next reviewed"), Field(() =>
            plan.Decide(new StepChange(DeploymentStep.PeriodicReview, StepStatus.Done, null, null, null), Icb, Monday)));
        Assert.Equal("change.reviewDate", Field(() =>
            plan.Decide(new StepChange(DeploymentStep.PeriodicReview, StepStatus.Done, null, null, null) { ReviewDate = Monday.AddDays(-1) }, Icb, Monday)).Item1);
        Assert.Equal("change.reviewDate", Field(() =>
            plan.Decide(new StepChange(DeploymentStep.Contract, StepStatus.Done, null, null, null) { ReviewDate = Monday.AddYears(1) }, Icb, Monday)).Item1);
        Assert.Equal(Monday.AddYears(1), plan.Decide(new StepChange(DeploymentStep.PeriodicReview, StepStatus.Done, null, null, null) { ReviewDate = Monday.AddYears(1) }, Icb, Monday).ReviewDate);
    }

    [Fact]
    public void A_step_waiting_on_a_second_party_ends_the_first_wait_and_keeps_it_for_the_figures()
    {
        var started = Ready();
        var onSupplier = started.Decide(new StepChange(DeploymentStep.PeriodicReview, StepStatus.WaitingOn, DeploymentParty.Supplier, null, null), Icb, Monday);
        var plan = new DeploymentPlan(ProcurementRoute.IcbLed, new Dictionary<DeploymentStep, StepRecord>(Ready().Steps.ToDictionary(s => s.Step)) { [DeploymentStep.PeriodicReview] = onSupplier });
        var onIcb = plan.Decide(new StepChange(DeploymentStep.PeriodicReview, StepStatus.WaitingOn, DeploymentParty.Icb, null, null), Icb, Monday.AddDays(2));
        Assert.Equal((DeploymentParty.Icb, Monday.AddDays(2)), (onIcb.WaitingOn!.Value, onIcb.WaitingSince!.Value));
        Assert.Equal([new StepWait(DeploymentParty.Supplier, Monday, Monday.AddDays(2))], onIcb.EndedWaits);
        Assert.Equal([new StepWait(DeploymentParty.Supplier, Monday, Monday.AddDays(2)), new StepWait(DeploymentParty.Icb, Monday.AddDays(2), null)], onIcb.Waits(Monday.AddDays(3)));
    }

    [Fact]
    public void A_programme_s_set_up_refuses_a_stale_revision_and_a_prohibition_without_a_reason_and_changes_nothing()
    {
        var state = new ProgrammeDeploymentState();
        Assert.Throws<ConflictException>(() => state.DecideRoute("ai-scribe", 3, ProcurementRoute.IcbLed));
        var refusal = Assert.Throws<ValidationFailedException>(() => state.DecidePermission(0, "qmf1", PermissionDecision.Prohibited, " ", null, Icb, Monday));
        Assert.Equal(["icb", "note"], refusal.Violations.Select(v => v.Field));
        Assert.Equal("reference", Assert.Throws<ValidationFailedException>(() => state.DecideArtefact(0, ProgrammeArtefactKind.Dtac, "", null, Icb, Monday)).Violations[0].Field);
        Assert.Equal((0, (ProcurementRoute?)null), (state.Revision, state.Route));
        Assert.Equal("QMF", state.DecidePermission(0, " qmf ", PermissionDecision.ApprovedWithSupport, null, null, Icb, Monday).Permission.IcbCode);
    }

    private static (string, string) Field(Action decide)
    {
        var violation = Assert.Throws<ValidationFailedException>(decide).Violations[0];
        return (violation.Field, violation.Rule);
    }
}
