namespace GpSafetyHub.Deployments;

/// <summary>A change to a practice's deployment. The discriminators are stored: never rename one.</summary>
public abstract record DeploymentEvent;

/// <summary>A step recorded as it now stands (the whole record, so the journal reads without the rules that decided it).</summary>
public sealed record DeploymentStepRecorded(string ProgrammeId, string OdsCode, StepRecord Record) : DeploymentEvent;

/// <summary>A change to a programme's deployment set-up. The discriminators are stored: never rename one.</summary>
public abstract record ProgrammeDeploymentEvent;

public sealed record ProcurementRouteDeclared(string ProgrammeId, ProcurementRoute Route) : ProgrammeDeploymentEvent;

public sealed record ProgrammeArtefactRecorded(ProgrammeArtefact Artefact) : ProgrammeDeploymentEvent;

public sealed record BlanketPermissionRecorded(BlanketPermission Permission) : ProgrammeDeploymentEvent;
