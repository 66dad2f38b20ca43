namespace GpSafetyHub.Deployments;

/// <summary>
/// How many working days a party has to act on a step once it waits on them. The defaults are one
/// ICB's published promises: advice within 1 working day, document reviews within 3, approval
/// decisions within 5; configuration replaces any of them, for a step (<c>Deployments:Targets</c>)
/// or for a step while it waits on one party (<c>Deployments:PartyTargets</c>: an IG service that
/// promises DPIA reviews within 10 days, say).
/// </summary>
public sealed class StepTargets(
    IReadOnlyDictionary<DeploymentStep, int>? targets = null, IReadOnlyDictionary<DeploymentParty, Dictionary<DeploymentStep, int>>? partyTargets = null)
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

    /// <summary>The working days for the step, while it waits on <paramref name="party"/> if given.</summary>
    public int For(DeploymentStep step, DeploymentParty? party = null) =>
        party is { } waitingOn && partyTargets?.GetValueOrDefault(waitingOn)?.TryGetValue(step, out var theirs) == true ? theirs
        : targets?.TryGetValue(step, out var days) == true ? days
        : Defaults[step];
}
