using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>
/// A practice's deployment of a programme, keyed <c>{programmeId}/{odsCode}</c> beside its
/// localisation: the checklist steps the practice and its ICB record. Refusals change nothing.
/// </summary>
public interface IDeploymentGrain : IGrainWithStringKey
{
    public static string KeyOf(string programmeId, string odsCode) => $"{programmeId}/{odsCode}";

    /// <summary>Records one step, if the deployment is still at <paramref name="expectedRevision"/>; the step's rules are checked against the deployment as it effectively stands.</summary>
    Task<DeploymentRecords> RecordStep(int expectedRevision, StepChange change, Actor actor);

    Task<DeploymentRecords> Get();

    Task<HistoryPage> GetHistory(int first, long? before);
}

/// <summary>A programme's deployment set-up, keyed by programme id: its procurement route, shared artefacts and ICBs' blanket permissions.</summary>
public interface IProgrammeDeploymentGrain : IGrainWithStringKey
{
    Task<ProgrammeDeploymentView> DeclareRoute(int expectedRevision, ProcurementRoute route, Actor actor);

    Task<ProgrammeDeploymentView> RecordArtefact(int expectedRevision, ProgrammeArtefactKind kind, string reference, string? note, Actor actor);

    Task<ProgrammeDeploymentView> RecordPermission(int expectedRevision, string icbCode, PermissionDecision decision, string? note, string? evidence, Actor actor);

    /// <summary>The set-up; NOT_FOUND for an unknown programme.</summary>
    Task<ProgrammeDeploymentView> Get();

    Task<HistoryPage> GetHistory(int first, long? before);
}

/// <summary>
/// Every practice's deployment of one programme in one row each (keyed by programme id), fed by the
/// deployments: the board ICBs and CSO functions read. Rows carry journal versions, so late or
/// repeated pushes are harmless.
/// </summary>
public interface IDeploymentBoardGrain : IGrainWithStringKey
{
    /// <summary>The practice's row, stored once it is newer than the one held. Interleaves, so rows pushed at once are stored together.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task Upsert(DeploymentRecords records);

    Task<IReadOnlyList<DeploymentRecords>> Rows();
}
