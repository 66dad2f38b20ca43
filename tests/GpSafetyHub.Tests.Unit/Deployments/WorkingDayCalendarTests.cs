using GpSafetyHub.Deployments;

namespace GpSafetyHub.Tests.Unit.Deployments;

/// <summary>The KPI clock's working days, against dates worked out by hand from a 2026–2027 calendar.</summary>
public sealed class WorkingDayCalendarTests
{
    // England's bank holidays around the 2026 year end, as gov.uk lists them: Christmas Day (Friday),
    // Boxing Day's substitute (Monday 28 December, the 26th being a Saturday), New Year's Day (Friday).
    private static readonly WorkingDayCalendar Calendar = new([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 26), new DateOnly(2027, 3, 29)]);

    [Theory]
    [InlineData("2026-12-07", "2026-12-07", 0)] // the same day
    [InlineData("2026-12-07", "2026-12-08", 1)] // Monday to Tuesday
    [InlineData("2026-12-11", "2026-12-14", 1)] // Friday to Monday: the weekend does not count
    [InlineData("2026-12-07", "2026-12-14", 5)] // a week
    [InlineData("2026-12-24", "2026-12-29", 1)] // Christmas Eve to the 29th: only Tuesday the 29th counts
    [InlineData("2026-12-24", "2027-01-04", 4)] // across the year end: 29, 30, 31 December and 4 January
    [InlineData("2027-03-25", "2027-03-30", 1)] // Easter: Good Friday and Easter Monday do not count
    [InlineData("2026-12-08", "2026-12-07", 0)] // done before it started (a correction): no time, not negative
    public void Counts_the_working_days_after_the_first_day_up_to_the_last(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.Between(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-12-07", 1, "2026-12-08")]
    [InlineData("2026-12-11", 1, "2026-12-14")]
    [InlineData("2026-12-22", 3, "2026-12-29")] // 23, 24, then past Christmas and its substitute to the 29th
    [InlineData("2026-12-31", 1, "2027-01-04")]
    [InlineData("2026-12-07", 0, "2026-12-07")]
    public void A_target_of_n_working_days_falls_due_on_the_nth_working_day_after(string from, int days, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Calendar.After(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void Weekends_and_the_given_bank_holidays_are_not_working_days()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 12, 26))); // Saturday
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 12, 28))); // Boxing Day's substitute
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 12, 29)));
    }
}
