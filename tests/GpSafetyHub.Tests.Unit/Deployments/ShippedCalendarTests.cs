using GpSafetyHub.Deployments;
using GpSafetyHub.Grains.Deployments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Tests.Unit.Deployments;

/// <summary>The bank holidays the hub ships with (the silo's appsettings.json), against dates gov.uk lists for England and Wales.</summary>
public sealed class ShippedCalendarTests
{
    private static WorkingDayCalendar Shipped()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "silo", "GpSafetyHub.Silo", "appsettings.json"), optional: false)
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddHubDeployments().BuildServiceProvider();
        return services.GetRequiredService<WorkingDayCalendar>();
    }

    [Theory]
    [InlineData("2026-12-28")] // Boxing Day's substitute: the 26th is a Saturday
    [InlineData("2027-03-26")] // Good Friday 2027
    [InlineData("2027-12-27")] // Christmas Day's substitute
    [InlineData("2027-12-28")] // Boxing Day's substitute
    [InlineData("2028-01-03")] // New Year's Day's substitute
    [InlineData("2028-08-28")] // the summer bank holiday
    public void The_shipped_calendar_knows_England_s_bank_holidays(string day) =>
        Assert.False(Shipped().IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Ordinary_weekdays_around_them_are_working_days()
    {
        var calendar = Shipped();
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 29)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 3, 25)));
        // From Christmas Eve 2027 to 4 January 2028: 29, 30, 31 December and 4 January (the 3rd is New Year's substitute).
        Assert.Equal(4, calendar.Between(new DateOnly(2027, 12, 24), new DateOnly(2028, 1, 4)));
    }
}
