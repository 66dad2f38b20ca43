using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>
/// One step of a practice's deployment as it stands: its status, whom it waits on and since when,
/// when it started and finished, who last changed it, the evidence (a document reference or link)
/// and a note (why it does not apply, a contract's break clause, why permission was refused).
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
    [property: Id(7)] string? Note,
    [property: Id(8)] Actor? ChangedBy)
{
    /// <summary>The waits that have ended, oldest first: each party's share of the step's time, for the KPIs.</summary>
    [Id(9)]
    public IReadOnlyList<StepWait> EndedWaits { get; init; } = [];

    /// <summary>The ICB's decision, on the ICB permission step.</summary>
    [Id(10)]
    public PermissionDecision? Permission { get; init; }

    /// <summary>When the deployment is next reviewed, on the periodic review step.</summary>
    [Id(11)]
    public DateOnly? ReviewDate { get; init; }

    /// <summary>
    /// Where a step the practice did not record itself comes from: the programme's shared artefact,
    /// its ICB's blanket permission, or the localisation. Null for the practice's own record.
    /// </summary>
    [Id(12)]
    public string? InheritedFrom { get; init; }

    public static StepRecord NotStarted(DeploymentStep step) => new(step, StepStatus.NotStarted, null, null, null, null, null, null, null);

    /// <summary>Done or not applicable, and not a refused permission: nothing after it waits on it.</summary>
    public bool IsFinished => Status is StepStatus.Done or StepStatus.NotApplicable && Permission != PermissionDecision.Prohibited;

    /// <summary>Every wait, the open one (to <paramref name="today"/>) last.</summary>
    public IEnumerable<StepWait> Waits(DateOnly today) =>
        WaitingOn is { } party && WaitingSince is { } since ? [.. EndedWaits, new StepWait(party, since, null)] : EndedWaits;
}

/// <summary>A spell of a step waiting on one party: from the day it began, to the day it ended (null while it goes on).</summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.StepWait")]
public sealed record StepWait(
    [property: Id(0)] DeploymentParty Party,
    [property: Id(1)] DateOnly Since,
    [property: Id(2)] DateOnly? Until);
