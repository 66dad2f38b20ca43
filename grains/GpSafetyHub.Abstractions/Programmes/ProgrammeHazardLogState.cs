using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;

namespace GpSafetyHub.Programmes;

/// <summary>
/// A programme hazard log folded from its journal, and the rules for changing it. Each
/// <c>Decide…</c> method checks a request against the current state and returns the change to
/// record, or throws; it never mutates. <see cref="Apply"/> folds a recorded change in.
/// </summary>
public sealed class ProgrammeHazardLogState : IJournaledState<ProgrammeLogEvent>
{
    public string? ProgrammeId { get; set; }

    public ProgrammeDetails? Details { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Counts changes to the draft; a publish names the revision the CSO reviewed.</summary>
    public int DraftRevision { get; set; }

    public int HazardsAdded { get; set; }

    public SortedDictionary<string, Hazard> Hazards { get; set; } = new(StringComparer.Ordinal);

    public List<PublishedVersionSummary> Versions { get; set; } = [];

    public bool Exists => Details is not null;

    public PublishedVersionSummary? CurrentVersion => Versions.Count == 0 ? null : Versions[^1];

    public ProgrammeCreated DecideCreate(ProgrammeId id, ProgrammeDetails details)
    {
        if (Exists) throw new ConflictException($"Programme '{id}' already exists.", "input.id");
        details = details.Cleaned();
        var validator = new Validator();
        details.Validate(validator, "input");
        validator.ThrowIfInvalid();
        return new ProgrammeCreated(id.Value, details);
    }

    public HazardAdded DecideAddHazard(HazardContent content, DateOnly today)
    {
        EnsureExists();
        content = ValidContent(content);
        var hazard = new Hazard(Hazard.IdFor(HazardsAdded + 1), today, 1, content, null);
        return new HazardAdded(hazard);
    }

    public HazardRevised DecideReviseHazard(string hazardId, int expectedRevision, HazardContent content)
    {
        var current = CurrentHazard(hazardId, expectedRevision);
        content = ValidContent(content);
        var changed = content.ChangedFieldsFrom(current.Content);
        if (changed.Count == 0 && !current.IsClosed)
            throw new ValidationFailedException("hazard", "is the same as the current revision: nothing to change");
        if (current.IsClosed) changed = [.. changed, "reopened"];
        var revised = current with { Revision = current.Revision + 1, Content = content, ClosedReason = null };
        return new HazardRevised(revised, changed);
    }

    public HazardClosed DecideCloseHazard(string hazardId, int expectedRevision, string reason)
    {
        var current = CurrentHazard(hazardId, expectedRevision);
        if (current.IsClosed) throw new ConflictException($"Hazard {hazardId} is already closed.", "hazardId");
        return new HazardClosed(hazardId, current.Revision + 1, reason);
    }

    public VersionPublished DecidePublish(int expectedDraftRevision, CsoSignOff signOff, string? summary)
    {
        EnsureExists();
        if (expectedDraftRevision != DraftRevision)
            throw new ConflictException(
                $"The draft has changed since revision {expectedDraftRevision} (it is now at revision {DraftRevision}): review it again before publishing.",
                "expectedDraftRevision");

        signOff = signOff.Cleaned();
        var validator = new Validator();
        signOff.Validate(validator, "signOff");
        validator.Required("summary", summary, ChangeReason.MaxLength);
        if (Hazards.Count == 0) validator.Fail("hazards", "must contain at least one hazard before a version can be published");
        if (CurrentVersion is { } last && last.DraftRevision == DraftRevision)
            validator.Fail("expectedDraftRevision", $"names a draft identical to version {last.Number}: there is nothing new to publish");
        foreach (var hazard in Hazards.Values.Where(h => !h.IsClosed))
        {
            var residual = hazard.Content.ResidualRisk;
            if (residual is null)
                validator.Fail($"hazards[{hazard.Id}].residualRisk", "must be assessed before the log is published");
            else if (residual.Rating.NeedsJustification && !residual.IsJustified)
                validator.Fail($"hazards[{hazard.Id}].residualRisk.justification",
                    $"is required: a residual risk rating of {residual.Rating} or more cannot be published without a written justification");
        }

        validator.ThrowIfInvalid();
        return new VersionPublished(Versions.Count + 1, signOff, summary!.Trim(), DraftRevision);
    }

    /// <summary>The version being published, frozen from the draft as it stands.</summary>
    public PublishedVersion Freeze(VersionPublished published, DateTimeOffset at, Actor actor) => new(
        ProgrammeId!,
        new PublishedVersionSummary(published.Number, at, actor, published.SignOff, published.Summary, published.DraftRevision),
        Details!,
        Hazards.Values.ToArray());

    public void Apply(RecordedChange<ProgrammeLogEvent> recorded)
    {
        switch (recorded.Change)
        {
            case ProgrammeCreated created:
                ProgrammeId = created.ProgrammeId;
                Details = created.Details;
                CreatedAt = recorded.At;
                break;
            case HazardAdded added:
                Hazards[added.Hazard.Id] = added.Hazard;
                HazardsAdded++;
                DraftRevision++;
                break;
            case HazardRevised revised:
                Hazards[revised.Hazard.Id] = revised.Hazard;
                DraftRevision++;
                break;
            case HazardClosed closed:
                Hazards[closed.HazardId] = Hazards[closed.HazardId] with { Revision = closed.Revision, ClosedReason = closed.Reason };
                DraftRevision++;
                break;
            case VersionPublished published:
                Versions.Add(new PublishedVersionSummary(
                    published.Number, recorded.At, recorded.Actor, published.SignOff, published.Summary, published.DraftRevision));
                break;
            default:
                throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}.");
        }
    }

    private void EnsureExists()
    {
        if (!Exists) throw new NotFoundException("No programme has this id.", "programmeId");
    }

    private Hazard CurrentHazard(string hazardId, int expectedRevision)
    {
        EnsureExists();
        if (!Hazards.TryGetValue(hazardId, out var current))
            throw new NotFoundException($"Hazard {hazardId} is not in this programme's log.", "hazardId");
        if (current.Revision != expectedRevision)
            throw new ConflictException(
                $"Hazard {hazardId} has changed since revision {expectedRevision} (it is now at revision {current.Revision}): re-read it and apply your change again.",
                "expectedRevision");
        return current;
    }

    private static HazardContent ValidContent(HazardContent content)
    {
        content = content.Cleaned();
        var validator = new Validator();
        content.Validate(validator, "hazard");
        validator.ThrowIfInvalid();
        return content;
    }
}
