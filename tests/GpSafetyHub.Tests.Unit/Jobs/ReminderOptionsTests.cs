using GpSafetyHub.Jobs;

namespace GpSafetyHub.Tests.Unit.Jobs;

public class ReminderOptionsTests
{
    [Fact]
    public void Settings_that_would_fail_later_are_refused_at_start_naming_each()
    {
        var result = new ReminderOptionsValidator().Validate(null, new ReminderOptions
        {
            ScanCron = "every morning", TimeZone = "Mars/Olympus", BatchSize = 0,
            Reviews = new ReminderOptions.ScheduleOptions { OverdueEveryDays = 0 },
        });
        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Reminders:ScanCron", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Reminders:TimeZone", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Reminders:BatchSize", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Reminders:reviews.overdueEveryDays", StringComparison.Ordinal));

        var mail = new ReminderOptionsValidator().Validate(null, new MailOptions { Port = 0, UserName = "hub", FromAddress = "nobody" });
        Assert.Equal(3, mail.Failures!.Count());
    }

    [Fact]
    public void The_defaults_are_valid_and_back_off_doubles_up_to_the_limit()
    {
        var options = new ReminderOptions();
        Assert.True(new ReminderOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(6)],
            new[] { 1, 2, 3, 10 }.Select(options.RetryDelay));
        Assert.Equal([30, 7], options.ToSettings().Reviews.DaysBefore);
    }
}
