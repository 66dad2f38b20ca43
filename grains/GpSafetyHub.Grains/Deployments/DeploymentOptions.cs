using GpSafetyHub.Deployments;

namespace GpSafetyHub.Grains.Deployments;

/// <summary>
/// The KPI clocks' configuration (<c>Deployments</c>): England's bank holidays, which the
/// government announces year by year (and moves for jubilees and coronations), and any step's
/// target in working days that differs from <see cref="StepTargets"/>' defaults, for the step or
/// for the step while it waits on one party.
/// </summary>
public sealed class DeploymentOptions
{
    public const string SectionName = "Deployments";

    public List<DateOnly> BankHolidays { get; set; } = [];

    public Dictionary<DeploymentStep, int> Targets { get; set; } = [];

    /// <summary>Targets for a step while it waits on one party, over <see cref="Targets"/>.</summary>
    public Dictionary<DeploymentParty, Dictionary<DeploymentStep, int>> PartyTargets { get; set; } = [];
}
