using GpSafetyHub.Alerts;

namespace GpSafetyHub.Reminders;

/// <summary>
/// How each reminder is put to the person who receives it. The jobs that send the e-mails provide
/// it; deciding who is reminded of what (<see cref="DueReminders"/>) does not depend on the words.
/// What it answers is recorded with the reminder, so the log shows what each e-mail said.
/// </summary>
public interface IReminderWording
{
    ReminderText ProgrammeReview(string programmeName);

    ReminderText HazardReview(string hazardId, string hazardTitle, string programmeName);

    /// <summary>A practice's MoU expiry, SOP review or localisation review for a programme.</summary>
    ReminderText PracticeReview(ReminderKind kind, string programmeName, string practiceName, string odsCode);

    ReminderText CasContactMissing();

    /// <summary>A deployment step waiting past its target.</summary>
    ReminderText DeploymentStepOverdue(OverdueStep step, string programmeName, string practiceName);

    /// <summary>An alert's notice to a practice: issued, acknowledge, or record the action.</summary>
    ReminderText Alert(ReminderKind kind, CasAlertView alert);

    /// <summary>The CSO function's summary of an ICB's practices still outstanding after a deadline.</summary>
    ReminderText IcbSummary(CasAlertView alert, string icbCode, IReadOnlyList<CasAlertPractice> outstanding, bool actionOverdue);
}

/// <summary>What a reminder says: the line naming what is due, what to do, and any details.</summary>
public sealed record ReminderText(string Subject, string Action, IReadOnlyList<string> Lines)
{
    public ReminderText(string subject, string action)
        : this(subject, action, [])
    {
    }
}
