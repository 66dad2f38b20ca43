namespace GpSafetyHub.Deployments;

/// <summary>
/// Working days in England: Monday to Friday, less the bank holidays given (shipped as
/// configuration, <c>Deployments:BankHolidays</c>, because they are announced year by year and
/// moved for jubilees and coronations). KPI clocks count in these days.
/// </summary>
public sealed class WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. bankHolidays];

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>
    /// The working days that have passed from <paramref name="from"/> to <paramref name="to"/>:
    /// those after the first day, up to and including the last. A step started on Monday and done
    /// on Tuesday took 1; started on Friday and done on Monday, 1; done the day it started, 0.
    /// </summary>
    public int Between(DateOnly from, DateOnly to)
    {
        if (to <= from) return 0;
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) days++;
        return days;
    }

    /// <summary>The working day <paramref name="days"/> working days after <paramref name="from"/>: when a target of that many days falls due.</summary>
    public DateOnly After(DateOnly from, int days)
    {
        var day = from;
        for (var left = days; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) left--;
        }

        return day;
    }
}
