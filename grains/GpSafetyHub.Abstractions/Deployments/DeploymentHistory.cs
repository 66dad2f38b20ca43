using GpSafetyHub.History;

namespace GpSafetyHub.Deployments;

/// <summary>Turns deployments' recorded changes, and programmes' deployment set-up changes, into the history people read.</summary>
public static class DeploymentHistory
{
    public static HistoryEntry Describe(RecordedChange<DeploymentEvent> recorded)
    {
        var (action, summary) = recorded.Change switch
        {
            DeploymentStepRecorded s => ("STEP_RECORDED", Summary(s.Record)),
            _ => throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}."),
        };
        return Entry(recorded, action, summary);
    }

    public static HistoryEntry Describe(RecordedChange<ProgrammeDeploymentEvent> recorded)
    {
        var (action, summary) = recorded.Change switch
        {
            ProcurementRouteDeclared r => ("ROUTE_DECLARED", $"Declared the procurement route: {Words.Route(r.Route)}."),
            ProgrammeArtefactRecorded a => ("ARTEFACT_RECORDED", $"Recorded the shared {Words.Artefact(a.Artefact.Kind)}: {a.Artefact.Reference}."),
            BlanketPermissionRecorded p => ("PERMISSION_RECORDED", $"{p.Permission.IcbCode} recorded its permission for every practice: {Words.Permission(p.Permission.Decision)}."),
            _ => throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}."),
        };
        return Entry(recorded, action, summary);
    }

    private static string Summary(StepRecord step)
    {
        var status = step.Status == StepStatus.WaitingOn && step.WaitingOn is { } party ? $"waiting on {Words.Party(party)}" : Words.Status(step.Status).ToLowerInvariant();
        var details = new[]
        {
            step.Permission is { } decision ? Words.Permission(decision) : null,
            step.ReviewDate is { } review ? $"next review {review:yyyy-MM-dd}" : null,
            step.Evidence is { } evidence ? $"evidence {evidence}" : null,
            step.Note,
        }.OfType<string>();
        return $"{Words.Step(step.Step)}: {status}{string.Concat(details.Select(d => $"; {d}"))}.";
    }

    private static HistoryEntry Entry<T>(RecordedChange<T> recorded, string action, string summary) =>
        new(recorded.Sequence, recorded.At, recorded.Actor, action, summary, recorded.Reason, null, null, []);
}
