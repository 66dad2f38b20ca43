namespace GpSafetyHub.Reminders;

/// <summary>What a reminder is about. Part of every reminder's idempotency key: never renumber.</summary>
public enum ReminderKind
{
    ProgrammeReview = 1,
    HazardReview = 2,
    SopReview = 3,
    LocalisationReview = 4,
    MouExpiry = 5,
    CasAlertIssued = 6,
    CasAlertAcknowledge = 7,
    CasAlertAction = 8,
    CasAlertIcbSummary = 9,
    CasContactMissing = 10,
    DeploymentStepOverdue = 11,
}
