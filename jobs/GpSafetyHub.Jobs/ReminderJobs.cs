using Quartz;

namespace GpSafetyHub.Jobs;

/// <summary>Decides today's reminders, then sends them. Fired by every silo; the ledger grain makes the decision once.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderScanJob(ReminderRunner runner) : IJob
{
    public static readonly JobKey Key = new("reminder-scan", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await runner.ScanAsync(cancellationToken);
}

/// <summary>Sends digests still unsent (SMTP was down, say) once their back-off has passed.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderDispatchJob(ReminderRunner runner) : IJob
{
    public static readonly JobKey Key = new("reminder-dispatch", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await runner.DispatchAsync(cancellationToken);
}

/// <summary>
/// Sends the "issued" notice of a newly recorded CAS alert within a minute, rather than at the next
/// daily scan (with a two-day acknowledgement deadline, that would often be too late to help).
/// </summary>
[DisallowConcurrentExecution]
public sealed class CasAlertIssuedJob(ReminderRunner runner) : IJob
{
    public static readonly JobKey Key = new("cas-alert-issued", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await runner.AnnounceIssuedAlertsAsync(cancellationToken);
}
