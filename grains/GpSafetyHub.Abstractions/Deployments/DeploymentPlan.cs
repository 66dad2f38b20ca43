using GpSafetyHub.Errors;
using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>
/// A practice's deployment of a programme's software, step by step, and the rules for changing a
/// step: nothing starts before the steps it follows are finished, a step that waits names whom it
/// waits on, one that does not apply says why, and the clinical-safety step is the localisation's
/// own (it is never typed in).
/// </summary>
public sealed class DeploymentPlan(ProcurementRoute route, IReadOnlyDictionary<DeploymentStep, StepRecord> steps)
{
    public const int MaxTextLength = 2000;

    public ProcurementRoute Route => route;

    public StepRecord this[DeploymentStep step] => steps.TryGetValue(step, out var record) ? record : StepRecord.NotStarted(step);

    public IReadOnlyList<StepRecord> Steps => DeploymentChecklist.Steps.Select(s => this[s]).ToArray();

    /// <summary>The steps holding up go-live: not finished, and free to be worked on now (everything before them is finished).</summary>
    public IReadOnlyList<StepRecord> Blocking =>
        Steps.Where(s => !s.IsFinished && DeploymentChecklist.CanStart(s.Step, step => this[step].IsFinished)).ToArray();

    /// <summary>The day the software went live, once the "deployed" step is done.</summary>
    public DateOnly? LiveOn => this[DeploymentStep.Deployed] is { Status: StepStatus.Done, FinishedOn: { } day } ? day : null;

    /// <summary>The step as it will stand after the change, or a refusal naming each broken rule.</summary>
    public StepRecord Decide(StepChange change, Actor actor, DateOnly today)
    {
        var validator = new Validator();
        validator.Defined("change.step", change.Step);
        validator.Defined("change.status", change.Status);
        validator.ThrowIfInvalid();
        if (change.Step == DeploymentStep.ClinicalSafety)
            throw new ValidationFailedException("change.step", "is clinical safety, which follows the practice's localisation of the programme: localise and sign off there");

        var evidence = Text.Clean(change.Evidence);
        var reason = Text.Clean(change.Reason);
        validator.Optional("change.evidence", evidence, MaxTextLength);
        if (change.Status == StepStatus.NotApplicable) validator.Required("change.reason", reason, MaxTextLength, multiline: true);
        else validator.Optional("change.reason", reason, MaxTextLength, multiline: true);
        if (change.Status == StepStatus.WaitingOn)
        {
            if (change.WaitingOn is not { } party) validator.Fail("change.waitingOn", "is required: name whom the step waits on");
            else validator.Defined("change.waitingOn", party);
        }
        else if (change.WaitingOn is not null) validator.Fail("change.waitingOn", "must be empty unless the step waits on someone");

        var unfinished = DeploymentChecklist.Before(change.Step).Where(s => !this[s].IsFinished).ToArray();
        if (change.Status is StepStatus.InProgress or StepStatus.WaitingOn or StepStatus.Done && unfinished.Length > 0)
            validator.Fail("change.status", $"cannot be {change.Status} before these steps are done or not applicable: {string.Join(", ", unfinished)}");
        validator.ThrowIfInvalid();

        var current = this[change.Step];
        DateOnly? started = change.Status == StepStatus.NotStarted ? null : current.StartedOn ?? today;
        // The clock starts when the step begins to wait on a party, and starts again for a different party.
        var waitingSince = change.Status == StepStatus.WaitingOn
            ? current.Status == StepStatus.WaitingOn && current.WaitingOn == change.WaitingOn ? current.WaitingSince : today
            : current.WaitingSince;
        return new StepRecord(
            change.Step, change.Status, change.WaitingOn, started, waitingSince,
            change.Status is StepStatus.Done or StepStatus.NotApplicable ? today : null,
            evidence ?? current.Evidence, change.Status == StepStatus.NotApplicable ? reason : null, actor);
    }
}
