using GpSafetyHub.Deployments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Grains.Deployments;

public static class HubDeploymentsServiceCollectionExtensions
{
    /// <summary>The working-day calendar and step targets the deployment KPI clocks count with, from <see cref="DeploymentOptions"/>.</summary>
    public static IServiceCollection AddHubDeployments(this IServiceCollection services)
    {
        services.AddOptions<DeploymentOptions>().BindConfiguration(DeploymentOptions.SectionName)
            .Validate(o => o.BankHolidays.Count > 0, "Deployments:BankHolidays must list England's bank holidays: the KPI clocks count working days.")
            .Validate(o => o.Targets.Values.All(days => days >= 1), "Deployments:Targets must give each step at least 1 working day.")
            .Validate(o => o.PartyTargets.Values.All(steps => steps.Values.All(days => days >= 1)), "Deployments:PartyTargets must give each step at least 1 working day.")
            .ValidateOnStart();
        services.AddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<DeploymentOptions>>().Value.BankHolidays));
        services.AddSingleton(sp => new StepTargets(sp.GetRequiredService<IOptions<DeploymentOptions>>().Value.Targets, sp.GetRequiredService<IOptions<DeploymentOptions>>().Value.PartyTargets));
        services.AddSingleton<DeploymentClock>();
        return services;
    }
}
