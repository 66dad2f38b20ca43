namespace GpSafetyHub.Deployments;

/// <summary>Where one step of a deployment stands.</summary>
public enum StepStatus
{
    NotStarted = 1,
    InProgress = 2,

    /// <summary>Waiting on a named party: the KPI clock runs against that party's target.</summary>
    WaitingOn = 3,
    Done = 4,

    /// <summary>Does not apply to this deployment (not a medical device, say), with the reason.</summary>
    NotApplicable = 5,
}
