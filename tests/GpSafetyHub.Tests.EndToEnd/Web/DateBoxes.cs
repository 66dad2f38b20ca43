using System.Globalization;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>Typing a date into an NHS.UK date input's three boxes, as a person would.</summary>
internal static class DateBoxes
{
    public static async Task FillDateAsync(this IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
