using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>
/// One step of a practice's deployment as it stands: its status, whom it waits on and since when,
/// when it started and finished, who last changed it, and the evidence (a document reference or link).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.StepRecord")]
public sealed record StepRecord(
    [property: Id(0)] DeploymentStep Step,
    [property: Id(1)] StepStatus Status,
    [property: Id(2)] DeploymentParty? WaitingOn,
    [property: Id(3)] DateOnly? StartedOn,
    [property: Id(4)] DateOnly? WaitingSince,
    [property: Id(5)] DateOnly? FinishedOn,
    [property: Id(6)] string? Evidence,
    [property: Id(7)] string? NotApplicableReason,
    [property: Id(8)] Actor? ChangedBy)
{
    public static StepRecord NotStarted(DeploymentStep step) => new(step, StepStatus.NotStarted, null, null, null, null, null, null, null);

    /// <summary>Done or not applicable: nothing after it waits on it.</summary>
    public bool IsFinished => Status is StepStatus.Done or StepStatus.NotApplicable;
}
