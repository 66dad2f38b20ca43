using GpSafetyHub.History;

namespace GpSafetyHub.Localisations;

/// <summary>Turns a localisation's recorded changes into the history people read.</summary>
public static class LocalisationHistory
{
    public static HistoryEntry Describe(RecordedChange<LocalisationEvent> recorded)
    {
        (string Action, string Summary, string? HazardId, int? Version, IReadOnlyList<string> Fields) d = recorded.Change switch
        {
            ProgrammeJoined j => ("PROGRAMME_JOINED", $"Joined under MoU {j.Mou.Reference}, signed by {j.Mou.SignatoryName}, expiring {j.Mou.ExpiresOn:yyyy-MM-dd}.", null, j.Version, []),
            ProgrammeLeft l => ("PROGRAMME_LEFT", $"Left the programme on {l.LeftOn:yyyy-MM-dd}.", null, null, []),
            SopRecorded s => ("SOP_RECORDED", $"Recorded SOP version {s.Sop.Version}{(s.Sop.IsApproved ? $", approved by {s.Sop.ApprovedBy}" : " (draft)")}.", null, null, []),
            HazardAssessed a => ("HAZARD_ASSESSED",
                $"Assessed {a.HazardId} against version {a.Entry.AssessedAgainstVersion}: {(a.Entry.Decision.Applicable ? $"applicable, local residual rating {a.Entry.Decision.LocalResidualRisk?.Rating}" : "not applicable")}.",
                a.HazardId, a.Entry.AssessedAgainstVersion, []),
            LocalHazardAdded a => ("LOCAL_HAZARD_ADDED", $"Added local hazard {a.Hazard.Id}: {a.Hazard.Content.Title}.", a.Hazard.Id, null, []),
            LocalHazardRevised r => ("LOCAL_HAZARD_REVISED", $"Revised local hazard {r.Hazard.Id}: {string.Join(", ", r.ChangedFields)} changed.", r.Hazard.Id, null, r.ChangedFields),
            LocalHazardClosed c => ("LOCAL_HAZARD_CLOSED", $"Closed local hazard {c.HazardId}.", c.HazardId, null, ["status"]),
            CarriedForward c => ("CARRIED_FORWARD",
                $"Carried forward from version {c.FromVersion?.ToString() ?? "none"} to {c.ToVersion}; flagged for re-assessment: {(c.Flagged.Count == 0 ? "none" : string.Join(", ", c.Flagged.Keys.Order(StringComparer.Ordinal)))}.",
                null, c.ToVersion, []),
            LocalisationSignedOff s => ("SIGNED_OFF", $"Signed off version {s.ProgrammeVersion} by {s.SignOff.Name} ({s.SignOff.Role}).", null, s.ProgrammeVersion, []),
            _ => throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}."),
        };
        return new HistoryEntry(recorded.Sequence, recorded.At, recorded.Actor, d.Action, d.Summary, recorded.Reason, d.HazardId, d.Version, d.Fields);
    }
}
