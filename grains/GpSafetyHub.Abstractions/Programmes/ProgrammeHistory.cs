using GpSafetyHub.History;

namespace GpSafetyHub.Programmes;

/// <summary>Turns a programme log's recorded changes into the history people read.</summary>
public static class ProgrammeHistory
{
    public static HistoryEntry Describe(RecordedChange<ProgrammeLogEvent> recorded)
    {
        (string Action, string Summary, string? HazardId, int? Version, IReadOnlyList<string> Fields) described = recorded.Change switch
        {
            ProgrammeCreated c => ("PROGRAMME_CREATED", $"Created programme '{c.Details.Name}'.", null, null, []),
            HazardAdded a => ("HAZARD_ADDED", $"Added hazard {a.Hazard.Id}: {a.Hazard.Content.Title}.", a.Hazard.Id, null, []),
            HazardRevised r => ("HAZARD_REVISED",
                $"Revised hazard {r.Hazard.Id} to revision {r.Hazard.Revision}: {string.Join(", ", r.ChangedFields)} changed.",
                r.Hazard.Id, null, r.ChangedFields),
            HazardClosed c => ("HAZARD_CLOSED", $"Closed hazard {c.HazardId}.", c.HazardId, null, ["status"]),
            VersionPublished p => ("VERSION_PUBLISHED",
                $"Published version {p.Number}, signed off by {p.SignOff.Name} ({p.SignOff.Role}).", null, p.Number, []),
            _ => throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}."),
        };
        return new HistoryEntry(recorded.Sequence, recorded.At, recorded.Actor, described.Action, described.Summary,
            recorded.Reason, described.HazardId, described.Version, described.Fields);
    }
}
