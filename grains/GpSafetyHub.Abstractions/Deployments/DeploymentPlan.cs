using GpSafetyHub.Errors;
using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>
/// A practice's deployment of a programme's software, step by step, and the rules for changing a
/// step: nothing starts before the steps it follows are finished, a step that waits names whom it
/// waits on, one that does not apply says why, and the clinical-safety step is the localisation's
/// own (it is never typed in).
/// </summary>
/// <param name="route">The programme's procurement route.</param>
/// <param name="steps">Every step as it effectively stands (inherited ones included).</param>
/// <param name="own">The practice's own records, which a change builds on; by default the steps themselves.</param>
public sealed class DeploymentPlan(ProcurementRoute route, IReadOnlyDictionary<DeploymentStep, StepRecord> steps, IReadOnlyDictionary<DeploymentStep, StepRecord>? own = null)
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
        var note = Text.Clean(change.Note);
        validator.Optional("change.evidence", evidence, MaxTextLength);
        var prohibited = change.Permission == PermissionDecision.Prohibited;
        if (change.Status == StepStatus.NotApplicable || prohibited) validator.Required("change.note", note, MaxTextLength, multiline: true);
        else validator.Optional("change.note", note, MaxTextLength, multiline: true);
        WaitingOnRule(validator, change);
        PermissionRule(validator, change);
        ReviewDateRule(validator, change, today);

        var unfinished = DeploymentChecklist.Before(change.Step).Where(s => !this[s].IsFinished).ToArray();
        if (change.Status is StepStatus.InProgress or StepStatus.WaitingOn or StepStatus.Done && unfinished.Length > 0)
            validator.Fail("change.status", $"cannot be {Words.Status(change.Status).ToLowerInvariant()} before these steps are done or not applicable: {string.Join(", ", unfinished.Select(Words.Step))}");
        validator.ThrowIfInvalid();

        // The practice's own record is what changes, even where an inherited one stands in for it.
        var current = (own ?? steps).TryGetValue(change.Step, out var mine) && mine.InheritedFrom is null ? mine : StepRecord.NotStarted(change.Step);
        var continues = current.Status == StepStatus.WaitingOn && change.Status == StepStatus.WaitingOn && current.WaitingOn == change.WaitingOn;
        // The clock starts when the step begins to wait on a party, and starts again for a different party.
        var ended = current.WaitingOn is { } party && current.WaitingSince is { } since && !continues
            ? [.. current.EndedWaits, new StepWait(party, since, today)]
            : current.EndedWaits;
        var finishes = change.Status is StepStatus.Done or StepStatus.NotApplicable;
        return new StepRecord(
            change.Step, change.Status, change.WaitingOn,
            change.Status == StepStatus.NotStarted ? null : current.StartedOn ?? today,
            change.Status != StepStatus.WaitingOn ? null : continues ? current.WaitingSince : today,
            !finishes ? null : current.Status == change.Status ? current.FinishedOn ?? today : today,
            evidence ?? current.Evidence,
            note ?? (current.Status == change.Status ? current.Note : null),
            actor)
        {
            EndedWaits = ended,
            Permission = change.Permission,
            ReviewDate = change.ReviewDate ?? (change.Step == DeploymentStep.PeriodicReview ? current.ReviewDate : null),
        };
    }

    private static void WaitingOnRule(Validator validator, StepChange change)
    {
        if (change.Status == StepStatus.WaitingOn)
        {
            if (change.WaitingOn is not { } party) validator.Fail("change.waitingOn", "is required: name whom the step waits on");
            else validator.Defined("change.waitingOn", party);
        }
        else if (change.WaitingOn is not null) validator.Fail("change.waitingOn", "must be empty unless the step waits on someone");
    }

    private static void PermissionRule(Validator validator, StepChange change)
    {
        if (change.Step != DeploymentStep.IcbPermission)
        {
            if (change.Permission is not null) validator.Fail("change.permission", "must be empty except on the ICB permission step");
        }
        else if (change.Status == StepStatus.Done)
        {
            if (change.Permission is not { } decision) validator.Fail("change.permission", "is required once the ICB has decided: approved with service-desk support, approved without support, or prohibited");
            else validator.Defined("change.permission", decision);
        }
        else if (change.Permission is not null) validator.Fail("change.permission", "is given only with status Done, when the ICB has decided");
    }

    private static void ReviewDateRule(Validator validator, StepChange change, DateOnly today)
    {
        if (change.Step != DeploymentStep.PeriodicReview)
        {
            if (change.ReviewDate is not null) validator.Fail("change.reviewDate", "must be empty except on the periodic review step");
        }
        else if (change.ReviewDate is { } date) DateRules.ReviewDate(validator, "change.reviewDate", date, today);
        else if (change.Status == StepStatus.Done) validator.Fail("change.reviewDate", "is required: set the date the deployment is next reviewed");
    }
}
