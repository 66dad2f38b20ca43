using System.Globalization;

namespace GpSafetyHub.Web.Components.UI;

/// <summary>A date as typed into the three boxes of a date input.</summary>
public sealed record DateParts(string? Day = null, string? Month = null, string? Year = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null when the boxes do not make a real one.</summary>
    public DateOnly? Date =>
        int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d) : null;

    public static DateParts Of(DateOnly? date) => date is { } value
        ? new(value.Day.ToString(CultureInfo.InvariantCulture), value.Month.ToString(CultureInfo.InvariantCulture), value.Year.ToString(CultureInfo.InvariantCulture))
        : new();
}
