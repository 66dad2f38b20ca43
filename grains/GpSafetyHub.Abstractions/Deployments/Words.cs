namespace GpSafetyHub.Deployments;

/// <summary>The deployment checklist in the words people use, for pages, documents and e-mails alike.</summary>
public static class Words
{
    public static string Step(DeploymentStep step) => step switch
    {
        DeploymentStep.OutlineRequirement => "Outline requirement",
        DeploymentStep.ProcurementRoute => "Procurement route",
        DeploymentStep.SupplierEvaluation => "Supplier evaluation",
        DeploymentStep.Dtac => "DTAC from the supplier",
        DeploymentStep.InformationGovernance => "Information governance (DPIA, DPA)",
        DeploymentStep.ClinicalSafety => "Clinical safety (DCB0160)",
        DeploymentStep.ItAssessment => "IT provider assessment",
        DeploymentStep.IcbPermission => "ICB permission",
        DeploymentStep.Contract => "Contract signed",
        DeploymentStep.RopaAndPrivacyNotice => "ROPA and privacy notice",
        DeploymentStep.Deployed => "Deployed",
        _ => "Periodic review date",
    };

    public static string Party(DeploymentParty party) => party switch
    {
        DeploymentParty.Practice => "Practice",
        DeploymentParty.Icb => "ICB",
        DeploymentParty.InformationGovernance => "IG / DPO service",
        DeploymentParty.CsoFunction => "CSO function",
        DeploymentParty.ItProvider => "IT provider",
        _ => "Supplier",
    };

    public static string Status(StepStatus status) => status switch
    {
        StepStatus.NotStarted => "Not started",
        StepStatus.InProgress => "In progress",
        StepStatus.WaitingOn => "Waiting",
        StepStatus.Done => "Done",
        _ => "Not applicable",
    };

    public static string Permission(PermissionDecision decision) => decision switch
    {
        PermissionDecision.ApprovedWithSupport => "Approved with service-desk support",
        PermissionDecision.ApprovedWithoutSupport => "Approved without support",
        _ => "Prohibited",
    };

    public static string Route(ProcurementRoute route) => route == ProcurementRoute.IcbLed ? "ICB-led" : "Practice-led";

    public static string Artefact(ProgrammeArtefactKind kind) => kind switch
    {
        ProgrammeArtefactKind.Dtac => "DTAC",
        ProgrammeArtefactKind.DpiaTemplate => "DPIA template",
        ProgrammeArtefactKind.DataProcessingAgreement => "data processing agreement",
        ProgrammeArtefactKind.ItAssessment => "IT assessment",
        _ => "medical device marking and MHRA registration",
    };
}
