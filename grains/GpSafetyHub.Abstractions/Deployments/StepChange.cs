namespace GpSafetyHub.Deployments;

/// <summary>What a person records about one step: its new status, whom it now waits on, the evidence, and why (for not applicable).</summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.StepChange")]
public sealed record StepChange(
    [property: Id(0)] DeploymentStep Step,
    [property: Id(1)] StepStatus Status,
    [property: Id(2)] DeploymentParty? WaitingOn,
    [property: Id(3)] string? Evidence,
    [property: Id(4)] string? Reason);
