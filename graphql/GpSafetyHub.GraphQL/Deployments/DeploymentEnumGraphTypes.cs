using GpSafetyHub.Deployments;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Deployments;

public sealed class ChecklistStepGraphType : EnumerationGraphType<DeploymentStep>
{
    public ChecklistStepGraphType()
    {
        Name = "ChecklistStep";
        Description = "A step of the regional deployment checklist, in order; DTAC, information governance, clinical safety, IT assessment and ICB permission run in parallel.";
        this.Describe(Words.Step);
    }
}

public sealed class StepStatusGraphType : EnumerationGraphType<StepStatus>
{
    public StepStatusGraphType()
    {
        Name = "StepStatus";
        Description = "Where a deployment step stands.";
        this.Describe(s => s switch
        {
            StepStatus.WaitingOn => "Waiting on a named party: the KPI clock runs against their target.",
            StepStatus.NotApplicable => "Does not apply to this deployment, with the reason.",
            _ => Words.Status(s) + ".",
        });
    }
}

public sealed class DeploymentPartyGraphType : EnumerationGraphType<DeploymentParty>
{
    public DeploymentPartyGraphType()
    {
        Name = "DeploymentParty";
        Description = "Who a deployment step is done by, or waits on.";
        this.Describe(Words.Party);
    }
}

public sealed class ProcurementRouteGraphType : EnumerationGraphType<ProcurementRoute>
{
    public ProcurementRouteGraphType()
    {
        Name = "ProcurementRoute";
        Description = "How a programme's software is procured, which decides who is accountable and responsible for each step.";
        this.Describe(r => r == ProcurementRoute.IcbLed
            ? "ICB-led: the ICB procures and sources the DPIA/DPA and DCB0160 work; each practice reviews and signs."
            : "Practice-led: each practice procures and does its own assurance.");
    }
}

public sealed class PermissionDecisionGraphType : EnumerationGraphType<PermissionDecision>
{
    public PermissionDecisionGraphType()
    {
        Name = "PermissionDecision";
        Description = "The ICB's decision under the ICB–practice agreement.";
        this.Describe(Words.Permission);
    }
}

public sealed class ProgrammeArtefactKindGraphType : EnumerationGraphType<ProgrammeArtefactKind>
{
    public ProgrammeArtefactKindGraphType()
    {
        Name = "ProgrammeArtefactKind";
        Description = "An artefact recorded once for a programme and shared by every practice's deployment.";
        this.Describe(k => k switch
        {
            ProgrammeArtefactKind.Dtac => "The supplier's DTAC: completes every practice's DTAC step.",
            ProgrammeArtefactKind.ItAssessment => "The IT provider's assessment (cyber security, support level): completes every practice's IT step.",
            ProgrammeArtefactKind.MedicalDeviceRegistration => "A medical device's UKCA/CE marking and MHRA registration, shown on the clinical-safety step.",
            _ => $"A shared {Words.Artefact(k)}, which each practice reviews for its information governance step.",
        });
    }
}
