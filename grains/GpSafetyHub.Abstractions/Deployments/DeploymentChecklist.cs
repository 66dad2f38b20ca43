namespace GpSafetyHub.Deployments;

/// <summary>
/// The checklist's shape: which steps must be done before each can start (the five assurance steps
/// run in parallel once the supplier is chosen), and who is accountable and responsible for each,
/// by procurement route.
/// </summary>
public static class DeploymentChecklist
{
    /// <summary>The five assurance steps that run side by side once the supplier has been evaluated.</summary>
    public static readonly IReadOnlyList<DeploymentStep> Assurance =
        [DeploymentStep.Dtac, DeploymentStep.InformationGovernance, DeploymentStep.ClinicalSafety, DeploymentStep.ItAssessment, DeploymentStep.IcbPermission];

    public static IReadOnlyList<DeploymentStep> Steps { get; } = Enum.GetValues<DeploymentStep>();

    /// <summary>The steps that must be done (or not applicable) before <paramref name="step"/> can start.</summary>
    public static IReadOnlyList<DeploymentStep> Before(DeploymentStep step) => step switch
    {
        DeploymentStep.OutlineRequirement => [],
        DeploymentStep.ProcurementRoute => [DeploymentStep.OutlineRequirement],
        DeploymentStep.SupplierEvaluation => [DeploymentStep.ProcurementRoute],
        _ when Assurance.Contains(step) => [DeploymentStep.SupplierEvaluation],
        DeploymentStep.Contract => Assurance,
        DeploymentStep.RopaAndPrivacyNotice => [DeploymentStep.Contract],
        DeploymentStep.Deployed => [DeploymentStep.RopaAndPrivacyNotice],
        _ => [DeploymentStep.Deployed],
    };

    /// <summary>
    /// Who answers for the step and who does it. ICB-led: the ICB sources the shared assurance (the
    /// DPIA and DPA, the DCB0160 work) and the practice reviews and signs; practice-led: the practice
    /// does it. The supplier provides its DTAC and the IT provider its assessment on either route.
    /// </summary>
    public static StepRoles Roles(ProcurementRoute route, DeploymentStep step)
    {
        var lead = route == ProcurementRoute.IcbLed ? DeploymentParty.Icb : DeploymentParty.Practice;
        return step switch
        {
            DeploymentStep.OutlineRequirement => new(DeploymentParty.Practice, DeploymentParty.Practice),
            DeploymentStep.ProcurementRoute or DeploymentStep.SupplierEvaluation or DeploymentStep.Contract => new(lead, lead),
            DeploymentStep.Dtac => new(lead, DeploymentParty.Supplier),
            // The practice answers for its DPIA and its safety case either way; who sources them follows the route.
            DeploymentStep.InformationGovernance or DeploymentStep.ClinicalSafety => new(DeploymentParty.Practice, lead),
            DeploymentStep.ItAssessment => new(lead, DeploymentParty.ItProvider),
            DeploymentStep.IcbPermission => new(DeploymentParty.Icb, DeploymentParty.Icb),
            _ => new(DeploymentParty.Practice, DeploymentParty.Practice),
        };
    }

    /// <summary>Whether the step may start: every step before it is done or not applicable.</summary>
    public static bool CanStart(DeploymentStep step, Func<DeploymentStep, bool> finished) => Before(step).All(finished);
}
