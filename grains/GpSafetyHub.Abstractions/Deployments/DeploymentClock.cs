using GpSafetyHub.Localisations;

namespace GpSafetyHub.Deployments;

/// <summary>How long a step has waited, against its target, in working days; and the clinical-safety step read off the localisation.</summary>
public sealed class DeploymentClock(WorkingDayCalendar calendar, StepTargets targets)
{
    /// <summary>The working days the step has waited on its party: up to today while it waits, up to when it finished after.</summary>
    public int Waited(StepRecord step, DateOnly today) =>
        step.WaitingSince is { } since ? calendar.Between(since, step.FinishedOn ?? today) : 0;

    /// <summary>Waiting on someone for longer than their target allows.</summary>
    public bool IsOverdue(StepRecord step, DateOnly today) =>
        step.Status == StepStatus.WaitingOn && Waited(step, today) > targets.For(step.Step);

    /// <summary>The day the party's target falls due, for a step that waits.</summary>
    public DateOnly? DueOn(StepRecord step) =>
        step.Status == StepStatus.WaitingOn && step.WaitingSince is { } since ? calendar.After(since, targets.For(step.Step)) : null;

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
}
