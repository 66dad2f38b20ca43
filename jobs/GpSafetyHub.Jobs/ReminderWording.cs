using GpSafetyHub.Alerts;
using GpSafetyHub.Deployments;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Jobs;

/// <summary>The words of every reminder e-mail, in plain English for practice and CSO staff.</summary>
public sealed class ReminderWording : IReminderWording
{
    public ReminderText ProgrammeReview(string programmeName) => new(
        $"Review of the {programmeName} hazard log",
        "Review the programme hazard log and publish a new version, or record the next review date.");

    public ReminderText HazardReview(string hazardId, string hazardTitle, string programmeName) => new(
        $"Review of hazard {hazardId} ({hazardTitle}) in {programmeName}",
        "Review the hazard, its controls and residual risk, and record the next review date.");

    public ReminderText PracticeReview(ReminderKind kind, string programmeName, string practiceName, string odsCode)
    {
        var (subject, action) = kind switch
        {
            ReminderKind.MouExpiry => ($"MoU for {programmeName} expires", "Renew the MoU with the CSO function, or leave the programme."),
            ReminderKind.SopReview => ($"SOP review for {programmeName}", "Review the standard operating procedure and record its new version and review date."),
            ReminderKind.LocalisationReview => ($"Review of the localised hazard log for {programmeName}", "Review the practice's localisation and sign it off again."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "is not a practice review"),
        };
        return new($"{subject} ({practiceName}, {odsCode})", action);
    }

    public ReminderText CasContactMissing() => new(
        "No CAS contact is registered",
        "Register a CAS contact e-mail for the practice, so that safety alerts reach the person who acts on them.");

    public ReminderText DeploymentStepOverdue(OverdueStep step, string programmeName, string practiceName) => new(
        $"Deployment of {programmeName} at {practiceName} ({step.OdsCode}): {Words.Step(step.Step)} is overdue",
        (step.Step, step.WaitingOn) switch
        {
            (DeploymentStep.ClinicalSafety, DeploymentParty.Practice) => "Localise the programme's DCB0160 hazard log and sign it off.",
            (DeploymentStep.ClinicalSafety, var party) => $"Chase the {Words.Party(party)}, which sources the DCB0160 work on this route; then review the localisation and sign it off.",
            (_, DeploymentParty.Practice) => "Complete the step, or record whom it now waits on.",
            (_, DeploymentParty.CsoFunction) => "The practice is waiting on you for this step: reply to it, so that it can record the step.",
            (_, var party) => $"Chase the {Words.Party(party)}, then record the step's new status.",
        },
        [$"Waiting on the {Words.Party(step.WaitingOn)} for {step.WaitedDays} working days; the target is {step.TargetDays} (due {step.DueOn:d MMM yyyy})."]);

    public ReminderText Alert(ReminderKind kind, CasAlertView alert)
    {
        var details = alert.Details;
        var (ackBy, actionBy) = (details.AcknowledgeBy!.Value, details.ActionCompleteBy!.Value);
        var action = kind switch
        {
            ReminderKind.CasAlertIssued => $"Acknowledge the alert by {ackBy:d MMM yyyy}, then record the action taken by {actionBy:d MMM yyyy}.",
            ReminderKind.CasAlertAcknowledge => $"Acknowledge the alert by {ackBy:d MMM yyyy}.",
            ReminderKind.CasAlertAction => $"Record the action taken (or why none is required) by {actionBy:d MMM yyyy}.",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "is not an alert notice to a practice"),
        };
        return new(Title(alert), action,
        [
            $"Type: {CasAlertTypes.Describe(details.Type)}", $"Originator: {details.Originator}", $"Summary: {details.Summary}",
            $"Action required: {details.ActionRequired}", $"Acknowledge by {ackBy:d MMM yyyy}; action complete by {actionBy:d MMM yyyy}.",
        ]);
    }

    public ReminderText IcbSummary(CasAlertView alert, string icbCode, IReadOnlyList<CasAlertPractice> outstanding, bool actionOverdue) => new(
        $"{Title(alert)}: {outstanding.Count} practice(s) in ICB {icbCode} {(actionOverdue ? "have not recorded their action" : "have not acknowledged")}",
        "Follow up the practices listed with the ICB.",
        outstanding.Select(p => $"{p.OdsCode} {p.PracticeName}: {(p.Status == CasPracticeStatus.Unacknowledged ? "not acknowledged" : "acknowledged, no action recorded")}").ToArray());

    private static string Title(CasAlertView alert) => $"CAS alert {alert.Reference}: {alert.Details.Title}";
}
