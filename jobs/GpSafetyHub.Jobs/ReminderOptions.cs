using GpSafetyHub.Reminders;

namespace GpSafetyHub.Jobs;

/// <summary>When reminders are decided and sent, and how they are staged (configuration section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Quartz cron for the scan that decides reminders: by default 07:00 every day.</summary>
    public string ScanCron { get; set; } = "0 0 7 * * ?";

    /// <summary>Quartz cron for sending digests not yet sent (retries with back-off): by default every 15 minutes.</summary>
    public string DispatchCron { get; set; } = "0 0/15 * * * ?";

    /// <summary>Quartz cron for sending the "issued" notices of newly recorded CAS alerts: by default every minute.</summary>
    public string AlertIssuedCron { get; set; } = "0 * * * * ?";

    /// <summary>The time zone the crons are read in.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    public ScheduleOptions Reviews { get; set; } = new();

    public ScheduleOptions Alerts { get; set; } = new();

    /// <summary>Wait before the first retry of a digest that could not be sent; doubled each failure up to <see cref="RetryMax"/>.</summary>
    public TimeSpan RetryFirst { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a sender holds a digest it claimed; after that another sender may retry it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Digests claimed (and sent over one SMTP connection) at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The staging the scan applies; lists left empty in configuration take the defaults.</summary>
    public ReminderSettings ToSettings() => new(
        Reviews.ToSchedule(ReminderSettings.Default.Reviews), Alerts.ToSchedule(ReminderSettings.Default.Alerts));

    /// <summary>How long to wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var delay = RetryFirst * Math.Pow(2, Math.Min(Math.Max(attempts - 1, 0), 20));
        return delay < RetryMax ? delay : RetryMax;
    }

    public sealed class ScheduleOptions
    {
        /// <summary>Days before a date at which reminder stages start, e.g. 30 and 7.</summary>
        public int[]? DaysBefore { get; set; }

        /// <summary>Once overdue, remind again every this many days.</summary>
        public int? OverdueEveryDays { get; set; }

        // Configuration binding appends to a list that already has items, so defaults live here, not in the properties.
        public ReminderSchedule ToSchedule(ReminderSchedule defaults) =>
            new(DaysBefore is { Length: > 0 } days ? days : defaults.DaysBefore, OverdueEveryDays ?? defaults.OverdueEveryDays);
    }
}
