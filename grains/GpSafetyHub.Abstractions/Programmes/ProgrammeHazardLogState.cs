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

    // Populate rather than replace on load, so the dictionary keeps its ordinal comparer.
    public Dictionary<string, Hazard> Hazards { get; } = new(StringComparer.Ordinal);

    public List<PublishedVersionSummary> Versions { get; } = [];

    /// <summary>What has been brought into the draft already (see <see cref="ImportedHazard.Key"/>) and the hazard it became, so it is never added twice.</summary>
    public Dictionary<string, string> ImportedHazardIds { get; } = new(StringComparer.Ordinal);

    public bool Exists => Details is not null;

    public PublishedVersionSummary? CurrentVersion => Versions.Count == 0 ? null : Versions[^1];

    public ProgrammeCreated DecideCreate(ProgrammeId id, ProgrammeDetails details, DateOnly today)
    {
        if (Exists) throw new ConflictException($"Programme '{id}' already exists.", "input.id");
        details = details.Cleaned();
        var validator = new Validator();
        details.Validate(validator, "input");
        DateRules.ReviewDate(validator, "input.reviewDate", details.ReviewDate, today);
        validator.ThrowIfInvalid();
        return new ProgrammeCreated(id.Value, details);
    }

    public HazardAdded DecideAddHazard(HazardContent content, DateOnly today)
    {
        EnsureExists();
        return new HazardAdded(HazardRegister.New(Hazard.IdFor(HazardsAdded + 1), content, today));
    }

    /// <summary>
    /// The hazards to add for an import: every row is checked first, and any refusal (named by
    /// row) changes nothing; rows brought in before are left out, so a retried import adds only
    /// what is missing.
    /// </summary>
    public IReadOnlyList<(HazardAdded Change, ImportedHazard Row)> DecideImport(IReadOnlyList<ImportedHazard> rows, DateOnly today)
    {
        EnsureExists();
        var violations = new List<FieldViolation>();
        var changes = new List<(HazardAdded, ImportedHazard)>();
        var next = HazardsAdded;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!keys.Add(rows[i].Key))
            {
                violations.Add(new FieldViolation($"rows[{i}]", $"is {rows[i].Source} again: each row is brought in once"));
                continue;
            }

            // Brought in before (a retry): left as it is, and not checked again.
            if (ImportedHazardIds.ContainsKey(rows[i].Key)) continue;
            try
            {
                changes.Add((new HazardAdded(HazardRegister.Imported(Hazard.IdFor(next + 1), rows[i].Content, today), rows[i].Key), rows[i]));
                next++;
            }
            catch (ValidationFailedException refusal)
            {
                violations.AddRange(refusal.Violations.Select(v => v with { Field = $"rows[{i}]{v.Field["hazard".Length..]}" }));
            }
        }

        if (violations.Count > 0) throw new ValidationFailedException(violations);
        return changes;
    }

    public HazardRevised DecideReviseHazard(string hazardId, int expectedRevision, HazardContent content, DateOnly today)
    {
        EnsureExists();
        var (revised, changed) = HazardRegister.Revise(Hazards, hazardId, expectedRevision, content, today);
        return new HazardRevised(revised, changed);
    }

    public HazardClosed DecideCloseHazard(string hazardId, int expectedRevision, string reason)
    {
        EnsureExists();
        return new HazardClosed(hazardId, HazardRegister.Close(Hazards, hazardId, expectedRevision), reason);
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
        validator.Required("summary", summary, ChangeReason.MaxLength, multiline: true);
        if (Hazards.Count == 0) validator.Fail("hazards", "must contain at least one hazard before a version can be published");
        if (CurrentVersion is { } last && last.DraftRevision == DraftRevision)
            validator.Fail("expectedDraftRevision", $"names a draft identical to version {last.Number}: there is nothing new to publish");
        HazardRegister.CheckReadyToSign(validator, Hazards.Values, "hazards", "published");
        validator.ThrowIfInvalid();
        return new VersionPublished(Versions.Count + 1, signOff, summary!.Trim(), DraftRevision);
    }

    /// <summary>The version being published, frozen from the draft as it stands.</summary>
    public PublishedVersion Freeze(VersionPublished published, DateTimeOffset at, Actor actor) => new(
        ProgrammeId!,
        new PublishedVersionSummary(published.Number, at, actor, published.SignOff, published.Summary, published.DraftRevision),
        Details!,
        Hazard.InIdOrder(Hazards.Values));

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
                if (added.ImportKey is { } key) ImportedHazardIds[key] = added.Hazard.Id;
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
}
