using System.Globalization;

namespace GpSafetyHub.Errors;

/// <summary>
/// The bounds a date typed by a person must keep. Without them 0001-01-01 makes a record overdue
/// forever and 9999-12-31 silences its reminders for good.
/// </summary>
public static class DateRules
{
    /// <summary>How far ahead a review date may be set: the longest gap between reviews DCB0160 practice would accept.</summary>
    public const int MaxReviewYearsAhead = 5;

    /// <summary>How far back a date that something happened (approved, signed, issued) may be.</summary>
    public const int MaxYearsAgo = 10;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// A review date: from today up to <see cref="MaxReviewYearsAhead"/> years ahead, or when
    /// <paramref name="mayHavePassed"/> (a record kept late, already due) only the upper bound.
    /// </summary>
    public static void ReviewDate(Validator validator, string field, DateOnly date, DateOnly today, bool mayHavePassed = false)
    {
        var latest = today.AddYears(MaxReviewYearsAhead);
        if (mayHavePassed && date > latest)
            validator.Fail(field, $"must be at most {MaxReviewYearsAhead} years ahead ({Words(latest)}); was {Words(date)}");
        else if (!mayHavePassed && (date < today || date > latest))
            validator.Fail(field, $"must be a review date from today ({Words(today)}) to {MaxReviewYearsAhead} years ahead ({Words(latest)}); was {Words(date)}");
    }

    /// <summary>A date something happened: not in the future, and within the last <see cref="MaxYearsAgo"/> years.</summary>
    public static void PastDate(Validator validator, string field, DateOnly date, DateOnly today)
    {
        var earliest = today.AddYears(-MaxYearsAgo);
        if (date > today) validator.Fail(field, $"must not be in the future (today is {Words(today)}); was {Words(date)}");
        else if (date < earliest) validator.Fail(field, $"must be within the last {MaxYearsAgo} years (on or after {Words(earliest)}); was {Words(date)}");
    }

    /// <summary>A deadline or end date: after <paramref name="from"/> and at most <paramref name="years"/> years after it.</summary>
    public static void Within(Validator validator, string field, DateOnly date, string fromField, DateOnly from, int years)
    {
        var latest = from.AddYears(years);
        if (date > latest) validator.Fail(field, $"must be at most {years} years after {fromField} ({Words(latest)}); was {Words(date)}");
    }

    private static string Words(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
