namespace GpSafetyHub.Deployments;

/// <summary>The steps of a practice's deployment of a programme's software, from the regional practice checklist, in order.</summary>
public enum DeploymentStep
{
    OutlineRequirement = 1,
    ProcurementRoute = 2,
    SupplierEvaluation = 3,
    Dtac = 4,
    InformationGovernance = 5,
    ClinicalSafety = 6,
    ItAssessment = 7,
    IcbPermission = 8,
    Contract = 9,
    RopaAndPrivacyNotice = 10,
    Deployed = 11,
    PeriodicReview = 12,
}

/// <summary>How a programme's software is procured: by the ICB for its practices, or by each practice.</summary>
public enum ProcurementRoute
{
    IcbLed = 1,
    PracticeLed = 2,
}

/// <summary>Who a step waits on.</summary>
public enum DeploymentParty
{
    Practice = 1,
    Icb = 2,
    InformationGovernance = 3,
    CsoFunction = 4,
    ItProvider = 5,
    Supplier = 6,
}

/// <summary>Who answers for a step and who does it, for a procurement route (the discovery's RACI table).</summary>
public sealed record StepRoles(DeploymentParty Accountable, DeploymentParty Responsible);

/// <summary>The ICB's decision under the ICB–practice agreement.</summary>
public enum PermissionDecision
{
    ApprovedWithSupport = 1,
    ApprovedWithoutSupport = 2,
    Prohibited = 3,
}
