using GpSafetyHub.Errors;
using GpSafetyHub.Localisations;

namespace GpSafetyHub.Deployments;

/// <summary>What a practice's deployment is worked out from: the programme's set-up, the practice's own records, its localisation, its ICB.</summary>
public sealed record DeploymentSources(
    ProgrammeDeploymentView Programme,
    DeploymentRecords Own,
    LocalisationSummary? Localisation,
    int? CurrentProgrammeVersion,
    DateOnly? CurrentVersionPublishedOn,
    string? IcbCode,
    string? PracticeName);

/// <summary>
/// A practice's deployment as it stands, with what it inherits: the clinical-safety step from the
/// localisation, the DTAC and IT assessment from the programme's shared artefacts, the ICB's
/// permission from its blanket permission for the programme, each unless the practice recorded its own.
/// </summary>
public static class DeploymentStanding
{
    /// <summary>The plan with every step as it effectively stands; the programme must have declared its procurement route.</summary>
    public static DeploymentPlan Plan(DeploymentSources sources, DateOnly today)
    {
        var route = RouteOf(sources.Programme);
        var own = sources.Own.Steps.ToDictionary(s => s.Step);
        var steps = new Dictionary<DeploymentStep, StepRecord>(own);
        foreach (var artefact in sources.Programme.Artefacts)
            if (artefact.Completes is { } step && !(own.TryGetValue(step, out var mine) && mine.IsFinished))
                steps[step] = Inherit(own.GetValueOrDefault(step),
                    new StepRecord(step, StepStatus.Done, null, artefact.RecordedOn, null, artefact.RecordedOn, artefact.Reference, artefact.Note, artefact.RecordedBy)
                    { InheritedFrom = $"the programme's shared {Words.Artefact(artefact.Kind)}" });
        if (sources.Programme.PermissionOf(sources.IcbCode) is { } blanket
            && !(own.TryGetValue(DeploymentStep.IcbPermission, out var decided) && (decided.IsFinished || decided.Permission is not null)))
            steps[DeploymentStep.IcbPermission] = Inherit(own.GetValueOrDefault(DeploymentStep.IcbPermission), new StepRecord(
                DeploymentStep.IcbPermission, StepStatus.Done, null, blanket.RecordedOn, null, blanket.RecordedOn, blanket.Evidence, blanket.Note, blanket.RecordedBy)
            { Permission = blanket.Decision, InheritedFrom = $"{blanket.IcbCode}'s permission for the whole programme" });
        var status = sources.Localisation?.StatusOn(today, sources.CurrentProgrammeVersion) ?? LocalisationStatus.NotJoined;
        steps[DeploymentStep.ClinicalSafety] = DeploymentClock.ClinicalSafetyStep(sources.Localisation, status, route, sources.CurrentVersionPublishedOn);
        return new DeploymentPlan(route, steps, own);
    }

    /// <summary>
    /// The inherited record, keeping the waits of the practice's own unfinished one: a wait still open
    /// ends the day the inherited artefact or permission was recorded (or the day it began, if later).
    /// </summary>
    private static StepRecord Inherit(StepRecord? own, StepRecord inherited)
    {
        if (own is null) return inherited;
        var ended = own.WaitingOn is { } party && own.WaitingSince is { } since
            ? [.. own.EndedWaits, new StepWait(party, since, inherited.FinishedOn is { } on && on > since ? on : since)]
            : own.EndedWaits;
        return inherited with { EndedWaits = ended };
    }

    public static ProcurementRoute RouteOf(ProgrammeDeploymentView programme) => programme.Route
        ?? throw new ValidationFailedException("programmeId",
            "has no procurement route declared yet: the programme's CSO function declares it (ICB-led or practice-led), which decides who does each step");

    /// <summary>The deployment with each step's roles, clock and place on the path to go-live.</summary>
    public static DeploymentView View(DeploymentSources sources, DeploymentClock clock, DateOnly today)
    {
        var plan = Plan(sources, today);
        var blocking = plan.Blocking.Select(s => s.Step).ToHashSet();
        var steps = plan.Steps.Select(record =>
        {
            // A step cannot be overdue before the steps it follows are finished: nobody can act on it yet.
            var canStart = DeploymentChecklist.CanStart(record.Step, s => plan[s].IsFinished);
            return new DeploymentStepView(
                record, DeploymentChecklist.Roles(plan.Route, record.Step), clock.Targets.For(record.Step, record.WaitingOn), clock.WaitingNow(record, today),
                clock.DueOn(record), canStart && clock.IsOverdue(record, today), blocking.Contains(record.Step), canStart,
                sources.Programme.Artefacts.Where(a => a.ShownOn == record.Step).ToArray());
        }).ToArray();
        // End to end counts from the practice's own first step, not from artefacts recorded for everyone.
        var started = sources.Own.Steps.Select(s => s.StartedOn).Where(d => d is not null).Min();
        var live = plan.LiveOn;
        var turn = steps.Where(s => s.IsBlocking).Select(s => s.Turn).Distinct().Order().ToArray();
        return new DeploymentView(
            sources.Own.ProgrammeId, sources.Own.OdsCode, sources.PracticeName, sources.IcbCode, plan.Route, steps,
            steps.FirstOrDefault(s => s.IsBlocking)?.Record.Step, turn, started, live,
            started is { } from ? clock.Calendar.Between(from, live ?? today) : null, sources.Own.Revision);
    }
}

/// <summary>One step of a deployment as people see it: the record, who answers for it and does it, its clock.</summary>
public sealed record DeploymentStepView(
    StepRecord Record,
    StepRoles Roles,
    int TargetDays,
    int WaitingDays,
    DateOnly? DueOn,
    bool IsOverdue,
    bool IsBlocking,
    bool CanStart,
    IReadOnlyList<ProgrammeArtefact> SharedArtefacts)
{
    /// <summary>Whose turn the step is: whom it waits on, or else whoever does it.</summary>
    public DeploymentParty Turn => Record.WaitingOn ?? Roles.Responsible;
}

/// <summary>A practice's deployment of a programme: every step, the first one holding it up, whose turn it is, and its end-to-end time.</summary>
public sealed record DeploymentView(
    string ProgrammeId,
    string OdsCode,
    string? PracticeName,
    string? IcbCode,
    ProcurementRoute Route,
    IReadOnlyList<DeploymentStepView> Steps,
    DeploymentStep? CurrentStep,
    IReadOnlyList<DeploymentParty> Turn,
    DateOnly? StartedOn,
    DateOnly? LiveOn,
    int? EndToEndDays,
    int Revision)
{
    public DeploymentStepView this[DeploymentStep step] => Steps.Single(s => s.Record.Step == step);

    public bool IsOverdue => Steps.Any(s => s.IsOverdue);

    /// <summary>The step that has waited longest on its party now, if any waits.</summary>
    public DeploymentStepView? LongestWait => Steps.Where(s => s.Record.Status == StepStatus.WaitingOn).OrderByDescending(s => s.WaitingDays).FirstOrDefault();
}
