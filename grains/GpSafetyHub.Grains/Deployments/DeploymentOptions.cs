using GpSafetyHub.Deployments;

namespace GpSafetyHub.Grains.Deployments;

/// <summary>
/// The KPI clocks' configuration (<c>Deployments</c>): England's bank holidays, which the
/// government announces year by year (and moves for jubilees and coronations), and any step's
/// target in working days that differs from <see cref="StepTargets"/>' defaults.
/// </summary>
public sealed class DeploymentOptions
{
    public const string SectionName = "Deployments";

    public List<DateOnly> BankHolidays { get; set; } = [];

    public Dictionary<DeploymentStep, int> Targets { get; set; } = [];
}
