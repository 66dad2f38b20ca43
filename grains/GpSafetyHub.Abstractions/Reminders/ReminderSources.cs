using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;

namespace GpSafetyHub.Reminders;

/// <summary>Everything the reminder scan reads, gathered once per run.</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderSources")]
public sealed record ReminderSources(
    [property: Id(0)] IReadOnlyList<ProgrammeDates> Programmes,
    [property: Id(1)] IReadOnlyList<PracticeCoverage> Practices,
    [property: Id(2)] IReadOnlyList<AlertStanding> Alerts)
{
    /// <summary>Deployment steps waiting past their party's target.</summary>
    [Id(3)]
    public IReadOnlyList<OverdueStep> OverdueSteps { get; init; } = [];
}

/// <summary>A deployment step waiting on a party past its target: from the first working day it was overdue.</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.OverdueStep")]
public sealed record OverdueStep(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string OdsCode,
    [property: Id(2)] Deployments.DeploymentStep Step,
    [property: Id(3)] Deployments.DeploymentParty WaitingOn,
    [property: Id(4)] DateOnly DueOn,
    [property: Id(5)] DateOnly OverdueFrom,
    [property: Id(6)] int WaitedDays,
    [property: Id(7)] int TargetDays);

/// <summary>A programme's dates that fall to its CSO: the log's review date and its open hazards' review dates.</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ProgrammeDates")]
public sealed record ProgrammeDates(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? CsoEmail,
    [property: Id(3)] DateOnly ReviewDate,
    [property: Id(4)] IReadOnlyList<HazardDate> Hazards);

[GenerateSerializer, Immutable, Alias("hub.Reminders.HazardDate")]
public sealed record HazardDate([property: Id(0)] string HazardId, [property: Id(1)] string Title, [property: Id(2)] DateOnly ReviewDate);

/// <summary>An alert with its practices' records, and the day it was recorded in the hub (when "issued" mails start).</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.AlertStanding")]
public sealed record AlertStanding(
    [property: Id(0)] CasAlertView Alert,
    [property: Id(1)] IReadOnlyDictionary<string, CasPracticeResponse> Records);
