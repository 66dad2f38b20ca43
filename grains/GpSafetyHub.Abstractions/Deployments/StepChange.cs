namespace GpSafetyHub.Deployments;

/// <summary>
/// What a person records about one step: its new status, whom it now waits on, the evidence, a
/// note (required to say why a step does not apply, or why permission is refused), and for the
/// ICB permission step the decision, for the periodic review step the next review date.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.StepChange")]
public sealed record StepChange(
    [property: Id(0)] DeploymentStep Step,
    [property: Id(1)] StepStatus Status,
    [property: Id(2)] DeploymentParty? WaitingOn,
    [property: Id(3)] string? Evidence,
    [property: Id(4)] string? Note)
{
    [Id(5)]
    public PermissionDecision? Permission { get; init; }

    [Id(6)]
    public DateOnly? ReviewDate { get; init; }
}
