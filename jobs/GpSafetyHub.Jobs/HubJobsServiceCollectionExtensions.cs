using GpSafetyHub.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace GpSafetyHub.Jobs;

public static class HubJobsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the reminder jobs on Quartz, with crons from the <c>Reminders</c> section, and
    /// MailKit sending as the <c>Mail</c> section says; both sections are validated on start.
    /// </summary>
    public static IServiceCollection AddHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateOnStart();
        services.AddOptions<HubAddressOptions>().BindConfiguration(HubAddressOptions.SectionName)
            .Validate(o => o.PublicUrl is null || (o.PublicUrl.IsAbsoluteUri && o.PublicUrl.Scheme is "https" or "http"), "Hub:PublicUrl must be an absolute http(s) address, e.g. https://safety-hub.example.nhs.uk/.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, ReminderOptionsValidator>());
        services.TryAddKeyedSingleton(HubClock.Key, TimeProvider.System);
        services.AddSingleton<IReminderWording, ReminderWording>();
        services.AddSingleton<DigestMailer>();
        services.AddSingleton<ReminderRunner>();
        services.AddMetrics();
        services.AddSingleton<ReminderMetrics>();

        // Read here to build the triggers; the validator reports a bad cron or zone before any job runs.
        var reminders = configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(reminders.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        services.AddQuartz(quartz =>
        {
            Schedule<ReminderScanJob>(quartz, ReminderScanJob.Key, reminders.ScanCron, zone);
            Schedule<ReminderDispatchJob>(quartz, ReminderDispatchJob.Key, reminders.DispatchCron, zone);
            Schedule<CasAlertIssuedJob>(quartz, CasAlertIssuedJob.Key, reminders.AlertIssuedCron, zone);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static void Schedule<TJob>(IQuartzBuilder quartz, JobKey key, string cron, TimeZoneInfo zone)
        where TJob : IJob
    {
        if (!CronExpression.TryParse(cron, out _)) return;
        // A run missed while the hub was down is made up once on start: reminders are late, not lost.
        quartz.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(key.Name, key.Group)
                .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            job => job.WithIdentity(key));
    }
}
