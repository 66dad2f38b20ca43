using GpSafetyHub.Errors;

namespace GpSafetyHub.Reminders;

/// <summary>How the reminder scan stages review dates and CAS alert deadlines (from configuration).</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderSettings")]
public sealed record ReminderSettings(
    [property: Id(0)] ReminderSchedule Reviews,
    [property: Id(1)] ReminderSchedule Alerts)
{
    public static ReminderSettings Default { get; } = new(new ReminderSchedule([30, 7], 7), new ReminderSchedule([2], 3));

    /// <summary>How often a practice with no CAS contact is reminded to register one.</summary>
    public const int CasContactReminderEveryDays = 7;

    /// <summary>
    /// How far back a reminder's key can have been recorded and still come up again: the longest
    /// stage window. The scan checks every digest recorded within it.
    /// </summary>
    public int LookbackDays => Math.Max(CasContactReminderEveryDays, Math.Max(Reviews.LongestStage, Alerts.LongestStage));

    public void Validate()
    {
        var validator = new Validator();
        Reviews.Validate(validator, "reviews");
        Alerts.Validate(validator, "alerts");
        validator.ThrowIfInvalid();
    }
}
