namespace GpSafetyHub.Deployments;

/// <summary>
/// How many working days a party has to act on a step once it waits on them. The defaults are one
/// ICB's published promises: advice within 1 working day, document reviews within 3, approval
/// decisions within 5; configuration (<c>Deployments:Targets</c>) replaces any of them.
/// </summary>
public sealed class StepTargets(IReadOnlyDictionary<DeploymentStep, int>? targets = null)
{
    public const int Advice = 1;
    public const int DocumentReview = 3;
    public const int ApprovalDecision = 5;

    private static readonly IReadOnlyDictionary<DeploymentStep, int> Defaults = new Dictionary<DeploymentStep, int>
    {
        [DeploymentStep.OutlineRequirement] = Advice,
        [DeploymentStep.ProcurementRoute] = Advice,
        [DeploymentStep.SupplierEvaluation] = DocumentReview,
        [DeploymentStep.Dtac] = DocumentReview,
        [DeploymentStep.InformationGovernance] = DocumentReview,
        [DeploymentStep.ClinicalSafety] = DocumentReview,
        [DeploymentStep.ItAssessment] = DocumentReview,
        [DeploymentStep.IcbPermission] = ApprovalDecision,
        [DeploymentStep.Contract] = ApprovalDecision,
        [DeploymentStep.RopaAndPrivacyNotice] = DocumentReview,
        [DeploymentStep.Deployed] = ApprovalDecision,
        [DeploymentStep.PeriodicReview] = ApprovalDecision,
    };

    public int For(DeploymentStep step) => targets?.TryGetValue(step, out var days) == true ? days : Defaults[step];
}
