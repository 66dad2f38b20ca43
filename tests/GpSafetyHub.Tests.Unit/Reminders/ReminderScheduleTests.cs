using GpSafetyHub.Reminders;

namespace GpSafetyHub.Tests.Unit.Reminders;

public class ReminderScheduleTests
{
    private static readonly DateOnly Due = new(2027, 3, 31);
    private static readonly ReminderSchedule Schedule = new([30, 7], 7);

    [Theory]
    [InlineData(-31, null)]
    [InlineData(-30, "due-in-30-days")]
    [InlineData(-8, "due-in-30-days")]
    [InlineData(-7, "due-in-7-days")]
    [InlineData(0, "due-in-7-days")]
    [InlineData(1, "overdue-1")]
    [InlineData(7, "overdue-1")]
    [InlineData(8, "overdue-2")]
    [InlineData(15, "overdue-3")]
    public void Each_day_falls_in_one_stage(int daysFromDue, string? stage) =>
        Assert.Equal(stage, Schedule.StageOn(Due, Due.AddDays(daysFromDue))?.Name);

    [Fact]
    public void A_stage_window_covers_exactly_the_days_that_give_its_name()
    {
        for (var day = -40; day <= 40; day++)
        {
            var today = Due.AddDays(day);
            if (Schedule.StageOn(Due, today) is not { } stage) continue;
            Assert.InRange(today, stage.Start, stage.End);
            Assert.Equal(stage.Name, Schedule.StageOn(Due, stage.Start)!.Name);
            Assert.Equal(stage.Name, Schedule.StageOn(Due, stage.End)!.Name);
            Assert.NotEqual(stage.Name, Schedule.StageOn(Due, stage.End.AddDays(1))?.Name);
        }
    }

    [Fact]
    public void The_longest_stage_bounds_every_window()
    {
        Assert.Equal(23, Schedule.LongestStage);
        for (var day = -30; day <= 60; day++)
            Assert.True(Schedule.StageOn(Due, Due.AddDays(day))!.Days <= Schedule.LongestStage);
    }

    [Fact]
    public void Days_before_may_come_in_any_order() =>
        Assert.Equal("due-in-30-days", new ReminderSchedule([7, 30], 7).StageOn(Due, Due.AddDays(-10))?.Name);

    [Fact]
    public void Bad_settings_are_refused_naming_each()
    {
        var e = Assert.Throws<Errors.ValidationFailedException>(() => new ReminderSettings(new ReminderSchedule([7, 7, -1], 0), ReminderSettings.Default.Alerts).Validate());
        Assert.Contains(e.Violations, v => v.Field == "reviews.overdueEveryDays");
        Assert.Contains(e.Violations, v => v.Field == "reviews.daysBefore" && v.Rule.Contains("repeat", StringComparison.Ordinal));
        Assert.Contains(e.Violations, v => v.Field == "reviews.daysBefore" && v.Rule.Contains("from 0", StringComparison.Ordinal));
    }
}
