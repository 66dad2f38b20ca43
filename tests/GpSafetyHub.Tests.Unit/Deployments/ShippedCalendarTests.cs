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

/// <summary>Targets from configuration: for a step, and for a step while it waits on one party.</summary>
public sealed class ConfiguredTargetsTests
{
    [Fact]
    public void A_party_s_own_target_for_a_step_stands_over_the_step_s_and_the_defaults_fill_the_rest()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Deployments:BankHolidays:0"] = "2026-12-25",
            ["Deployments:Targets:InformationGovernance"] = "5",
            ["Deployments:PartyTargets:InformationGovernance:InformationGovernance"] = "10",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddHubDeployments().BuildServiceProvider();
        var targets = services.GetRequiredService<StepTargets>();
        Assert.Equal(
            (10, 5, 5, StepTargets.DocumentReview),
            (targets.For(DeploymentStep.InformationGovernance, DeploymentParty.InformationGovernance), targets.For(DeploymentStep.InformationGovernance, DeploymentParty.Practice),
                targets.For(DeploymentStep.InformationGovernance), targets.For(DeploymentStep.Dtac, DeploymentParty.InformationGovernance)));
    }

    [Fact]
    public void A_target_of_no_working_days_is_refused_when_the_hub_starts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Deployments:BankHolidays:0"] = "2026-12-25",
            ["Deployments:PartyTargets:Icb:IcbPermission"] = "0",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddHubDeployments().BuildServiceProvider();
        var refusal = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => services.GetRequiredService<StepTargets>());
        Assert.Contains("Deployments:PartyTargets", refusal.Message, StringComparison.Ordinal);
    }
}
