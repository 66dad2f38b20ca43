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
        Assert.Equal("cannot be InProgress before these steps are done or not applicable: Dtac, InformationGovernance, ClinicalSafety, ItAssessment, IcbPermission", violation.Rule);
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
