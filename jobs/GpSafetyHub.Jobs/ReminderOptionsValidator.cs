using GpSafetyHub.Errors;
using Microsoft.Extensions.Options;
using Quartz;

namespace GpSafetyHub.Jobs;

/// <summary>Refuses to start with reminder or mail settings that would fail later, naming each one.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>, IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        var problems = new List<string>();
        if (!CronExpression.TryParse(options.ScanCron, out _)) problems.Add($"Reminders:ScanCron '{options.ScanCron}' is not a Quartz cron expression.");
        if (!CronExpression.TryParse(options.DispatchCron, out _)) problems.Add($"Reminders:DispatchCron '{options.DispatchCron}' is not a Quartz cron expression.");
        if (!CronExpression.TryParse(options.AlertIssuedCron, out _)) problems.Add($"Reminders:AlertIssuedCron '{options.AlertIssuedCron}' is not a Quartz cron expression.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _)) problems.Add($"Reminders:TimeZone '{options.TimeZone}' is not a known time zone.");
        if (options.RetryFirst <= TimeSpan.Zero || options.RetryMax < options.RetryFirst) problems.Add("Reminders:RetryFirst must be positive and at most Reminders:RetryMax.");
        if (options.ClaimLease < TimeSpan.FromMinutes(1)) problems.Add("Reminders:ClaimLease must be at least a minute.");
        if (options.BatchSize is < 1 or > 500) problems.Add("Reminders:BatchSize must be from 1 to 500.");
        try
        {
            options.ToSettings().Validate();
        }
        catch (ValidationFailedException e)
        {
            problems.AddRange(e.Violations.Select(v => $"Reminders:{v.Field} {v.Rule}."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host)) problems.Add("Mail:Host is required.");
        if (options.Port is < 1 or > 65535) problems.Add("Mail:Port must be from 1 to 65535.");
        if (options.Connections is < 1 or > 16) problems.Add("Mail:Connections must be from 1 to 16.");
        if ((options.UserName is null) != (options.Password is null)) problems.Add("Mail:UserName and Mail:Password go together.");
        var address = new Validator();
        Practices.ContactRules.Email(address, "Mail:FromAddress", options.FromAddress ?? "");
        problems.AddRange(address.Violations.Select(v => $"{v.Field} {v.Rule}."));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
