using GpSafetyHub.Errors;
using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>A practice's deployment of a programme folded from its journal: the steps the practice (or its ICB) has recorded.</summary>
public sealed class DeploymentState : IJournaledState<DeploymentEvent>
{
    public Dictionary<DeploymentStep, StepRecord> Steps { get; } = [];

    /// <summary>Counts every change; a change names the one it was based on, so two people cannot overwrite each other.</summary>
    public int Revision { get; set; }

    public static void Expect(int expectedRevision, int revision, string what)
    {
        if (expectedRevision != revision)
            throw new ConflictException($"The {what} changed since you opened it (revision {revision}, not {expectedRevision}): re-read it and try again.", "expectedRevision");
    }

    public DeploymentStepRecorded DecideRecord(string programmeId, string odsCode, int expectedRevision, DeploymentPlan effective, StepChange change, Actor actor, DateOnly today)
    {
        Expect(expectedRevision, Revision, "deployment");
        return new DeploymentStepRecorded(programmeId, odsCode, effective.Decide(change, actor, today));
    }

    public DeploymentRecords View(string programmeId, string odsCode, long version) =>
        new(programmeId, odsCode, DeploymentChecklist.Steps.Where(Steps.ContainsKey).Select(s => Steps[s]).ToArray(), Revision, version);

    public void Apply(RecordedChange<DeploymentEvent> recorded)
    {
        switch (recorded.Change)
        {
            case DeploymentStepRecorded step:
                Steps[step.Record.Step] = step.Record;
                break;
            default:
                throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}.");
        }

        Revision++;
    }
}

/// <summary>
/// The steps a practice's deployment has recorded, as the deployment board keeps them (tagged with
/// the journal version, so older or repeated pushes are ignored). Steps never recorded are not started.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Deployments.DeploymentRecords")]
public sealed record DeploymentRecords(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string OdsCode,
    [property: Id(2)] IReadOnlyList<StepRecord> Steps,
    [property: Id(3)] int Revision,
    [property: Id(4)] long JournalVersion)
{
    public static DeploymentRecords None(string programmeId, string odsCode) => new(programmeId, odsCode, [], 0, 0);
}
