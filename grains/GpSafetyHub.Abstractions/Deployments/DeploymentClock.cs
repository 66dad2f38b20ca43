using GpSafetyHub.Localisations;

namespace GpSafetyHub.Deployments;

/// <summary>How long a step has waited, against its target, in working days; and the clinical-safety step read off the localisation.</summary>
public sealed class DeploymentClock(WorkingDayCalendar calendar, StepTargets targets)
{
    public WorkingDayCalendar Calendar => calendar;

    public StepTargets Targets => targets;

    /// <summary>The working days of one wait: to the day it ended, or to today while it goes on.</summary>
    public int Days(StepWait wait, DateOnly today) => calendar.Between(wait.Since, wait.Until ?? today);

    /// <summary>The working days the step has waited on anyone: every wait, the open one up to today.</summary>
    public int Waited(StepRecord step, DateOnly today) => step.Waits(today).Sum(w => Days(w, today));

    /// <summary>The working days the step has waited on the party it waits on now (0 when it waits on nobody).</summary>
    public int WaitingNow(StepRecord step, DateOnly today) =>
        step.Status == StepStatus.WaitingOn && step.WaitingSince is { } since ? calendar.Between(since, today) : 0;

    /// <summary>Waiting on someone for longer than their target allows.</summary>
    public bool IsOverdue(StepRecord step, DateOnly today) =>
        step.Status == StepStatus.WaitingOn && WaitingNow(step, today) > targets.For(step.Step, step.WaitingOn);

    /// <summary>The day the party's target falls due, for a step that waits.</summary>
    public DateOnly? DueOn(StepRecord step) =>
        step.Status == StepStatus.WaitingOn && step.WaitingSince is { } since ? calendar.After(since, targets.For(step.Step, step.WaitingOn)) : null;

    /// <summary>The first working day the step counts as overdue, for a step that waits.</summary>
    public DateOnly? OverdueFrom(StepRecord step) =>
        step.Status == StepStatus.WaitingOn && step.WaitingSince is { } since ? calendar.After(since, targets.For(step.Step, step.WaitingOn) + 1) : null;

    /// <summary>
    /// The clinical-safety step as the localisation has it, never typed in twice: signed off against
    /// the current version is done; joined, in progress or out of date waits on whoever the route
    /// makes responsible; not joined has not started; an expired MoU or a practice that left is
    /// back in progress, with nobody to wait on until it is renewed.
    /// </summary>
    public static (StepStatus Status, DeploymentParty? WaitingOn) ClinicalSafety(LocalisationStatus localisation, ProcurementRoute route) => localisation switch
    {
        LocalisationStatus.SignedOff => (StepStatus.Done, null),
        LocalisationStatus.Joined or LocalisationStatus.InProgress or LocalisationStatus.Stale =>
            (StepStatus.WaitingOn, DeploymentChecklist.Roles(route, DeploymentStep.ClinicalSafety).Responsible),
        LocalisationStatus.NotJoined => (StepStatus.NotStarted, null),
        _ => (StepStatus.InProgress, null),
    };

    /// <summary>
    /// The clinical-safety step's record, from the localisation: started and waiting from the day the
    /// practice joined; a signed-off log waits again from the day it was reopened: changed again, or
    /// out of date from the day the programme published the version it has not signed off
    /// (<paramref name="currentVersionPublishedOn"/>). Finished on the day it signed off.
    /// </summary>
    public static StepRecord ClinicalSafetyStep(LocalisationSummary? localisation, LocalisationStatus status, ProcurementRoute route, DateOnly? currentVersionPublishedOn)
    {
        var (state, party) = ClinicalSafety(status, route);
        var started = localisation?.JoinedOn;
        var since = status == LocalisationStatus.Stale ? currentVersionPublishedOn ?? localisation?.SignedOffOn : localisation?.ReopenedOn ?? started;
        return new StepRecord(
            DeploymentStep.ClinicalSafety, state, party, state == StepStatus.NotStarted ? null : started,
            party is null ? null : since ?? started, state == StepStatus.Done ? localisation?.SignedOffOn : null,
            localisation?.SignedOffVersion is { } version ? $"DCB0160 localisation signed off against programme version {version}" : null,
            null, null)
        { InheritedFrom = "the practice's localisation of the programme" };
    }
}
