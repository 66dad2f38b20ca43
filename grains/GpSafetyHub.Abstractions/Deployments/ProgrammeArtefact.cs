using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>What a CSO function records once for a whole programme, and every practice's deployment inherits.</summary>
public enum ProgrammeArtefactKind
{
    /// <summary>The supplier's DTAC (Digital Technology Assessment Criteria): every practice's DTAC step is done by it.</summary>
    Dtac = 1,

    /// <summary>A DPIA template each practice reviews and completes for its information governance step.</summary>
    DpiaTemplate = 2,

    /// <summary>A data processing agreement with the supplier, for each practice's information governance step.</summary>
    DataProcessingAgreement = 3,

    /// <summary>The IT provider's assessment (cyber security and support level): every practice's IT step is done by it.</summary>
    ItAssessment = 4,

    /// <summary>For a medical device: its UKCA or CE marking and MHRA registration, shown on the clinical-safety step.</summary>
    MedicalDeviceRegistration = 5,
}

/// <summary>A shared artefact as recorded: its document reference or link, a note, and who recorded it when.</summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.ProgrammeArtefact")]
public sealed record ProgrammeArtefact(
    [property: Id(0)] ProgrammeArtefactKind Kind,
    [property: Id(1)] string Reference,
    [property: Id(2)] string? Note,
    [property: Id(3)] DateOnly RecordedOn,
    [property: Id(4)] Actor RecordedBy)
{
    /// <summary>The practice step the artefact completes for every practice, if it completes one.</summary>
    public DeploymentStep? Completes => Kind switch
    {
        ProgrammeArtefactKind.Dtac => DeploymentStep.Dtac,
        ProgrammeArtefactKind.ItAssessment => DeploymentStep.ItAssessment,
        _ => null,
    };

    /// <summary>The practice step the artefact is shown on.</summary>
    public DeploymentStep ShownOn => Kind switch
    {
        ProgrammeArtefactKind.Dtac => DeploymentStep.Dtac,
        ProgrammeArtefactKind.ItAssessment => DeploymentStep.ItAssessment,
        ProgrammeArtefactKind.MedicalDeviceRegistration => DeploymentStep.ClinicalSafety,
        _ => DeploymentStep.InformationGovernance,
    };
}

/// <summary>An ICB's permission for a whole programme, inherited by each of its practices that has no decision of its own.</summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.BlanketPermission")]
public sealed record BlanketPermission(
    [property: Id(0)] string IcbCode,
    [property: Id(1)] PermissionDecision Decision,
    [property: Id(2)] string? Note,
    [property: Id(3)] string? Evidence,
    [property: Id(4)] DateOnly RecordedOn,
    [property: Id(5)] Actor RecordedBy);

/// <summary>A programme's deployment set-up: its procurement route, shared artefacts (the latest of each kind) and ICBs' blanket permissions.</summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.ProgrammeDeploymentView")]
public sealed record ProgrammeDeploymentView(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] ProcurementRoute? Route,
    [property: Id(2)] IReadOnlyList<ProgrammeArtefact> Artefacts,
    [property: Id(3)] IReadOnlyList<BlanketPermission> Permissions,
    [property: Id(4)] int Revision)
{
    public BlanketPermission? PermissionOf(string? icbCode) => Permissions.FirstOrDefault(p => p.IcbCode == icbCode);
}
