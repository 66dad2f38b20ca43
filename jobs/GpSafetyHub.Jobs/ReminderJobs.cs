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
