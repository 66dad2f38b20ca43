using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Localisations;

/// <summary>
/// A practice's localisation of one programme, folded from its journal: MoU, SOP, the overlay of
/// decisions on the programme version being localised, local hazards and sign-offs. It never holds
/// a copy of the programme's log; <c>Decide…</c> methods are given the published version they need.
/// </summary>
public sealed class LocalisationState : IJournaledState<LocalisationEvent>
{
    public string? ProgrammeId { get; set; }

    public string? OdsCode { get; set; }

    public Mou? Mou { get; set; }

    /// <summary>The day the practice joined (renewing the MoU keeps it; rejoining after leaving starts again).</summary>
    public DateOnly? JoinedOn { get; set; }

    /// <summary>The day the signed-off log was first changed again (while <see cref="ChangedSinceSignOff"/>).</summary>
    public DateOnly? ReopenedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public Sop? Sop { get; set; }

    public int SopRevision { get; set; }

    /// <summary>The published programme version being localised; null until one is published.</summary>
    public int? Version { get; set; }

    public Dictionary<string, OverlayEntry> Overlay { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Hazard> LocalHazards { get; } = new(StringComparer.Ordinal);

    public int LocalHazardsAdded { get; set; }

    public List<LocalSignOffRecord> SignOffs { get; } = [];

    /// <summary>True when anything was changed after the latest sign-off, which then no longer covers the log.</summary>
    public bool ChangedSinceSignOff { get; set; }

    /// <summary>Counts every change; edits of the whole localisation (carry forward, sign-off) name the one they saw.</summary>
    public int Revision { get; set; }

    public LocalSignOffRecord? LatestSignOff => SignOffs.Count == 0 ? null : SignOffs[^1];

    /// <summary>The localisation in one row; counts are over <paramref name="localised"/>, the version being localised.</summary>
    public LocalisationSummary Summarise(long journalVersion, PublishedVersion? localised)
    {
        var open = localised?.Hazards.Where(h => !h.IsClosed).ToArray() ?? [];
        var decisions = open.Select(h => Overlay.GetValueOrDefault(h.Id)).ToArray();
        var applicable = open.Where(h => Overlay.GetValueOrDefault(h.Id)?.Decision.Applicable == true).ToArray();
        var localRisks = applicable.Select(h => Overlay[h.Id].Decision.LocalResidualRisk)
            .Concat(LocalHazards.Values.Where(h => !h.IsClosed).Select(h => h.Content.ResidualRisk))
            .OfType<RiskAssessment>().ToArray();
        var localRatings = localRisks.Select(r => r.Rating.Value).ToArray();
        return new LocalisationSummary(
            ProgrammeId!, OdsCode!, journalVersion, Mou?.ExpiresOn, LeftOn, Sop?.IsApproved ?? false, Sop?.ReviewDate,
            Version, LatestSignOff?.ProgrammeVersion, ChangedSinceSignOff,
            Overlay.Count > 0 || Sop is not null || LocalHazards.Count > 0,
            decisions.Count(e => e is null || e.Decision.Applicable),
            decisions.Count(e => e is null || e.NeedsReassessment),
            localRatings.Length == 0 ? null : localRatings.Max())
        {
            SopRecorded = Sop is not null,
            LocalisationReviewDate = LatestSignOff?.SignOff.ReviewDate,
            // A localisation stored before the hub kept the day it joined counts from its MoU's signing.
            JoinedOn = JoinedOn ?? Mou?.SignedOn,
            ReopenedOn = ChangedSinceSignOff ? ReopenedOn : null,
            SignedOffOn = LatestSignOff is { } latest ? DateOnly.FromDateTime(latest.SignedAt.UtcDateTime) : null,
            ProgrammeResidualGrid = RiskGrid.Count(applicable.Select(h => h.Content.ResidualRisk).OfType<RiskAssessment>()),
            LocalResidualGrid = RiskGrid.Count(localRisks),
        };
    }

    public ProgrammeJoined DecideJoin(string programmeId, string odsCode, Mou mou, int? currentVersion, DateOnly today)
    {
        mou = mou.Validated("mou");
        var validator = new Validator();
        if (mou.SignedOn > today) validator.Fail("mou.signedOn", "must not be in the future");
        else DateRules.PastDate(validator, "mou.signedOn", mou.SignedOn, today);
        if (mou.ExpiresOn < today) validator.Fail("mou.expiresOn", "must not be in the past: an expired MoU cannot be used to join");
        else DateRules.Within(validator, "mou.expiresOn", mou.ExpiresOn, "signedOn", mou.SignedOn, Mou.MaxTermYears);
        if (LeftOn is null && mou == Mou) validator.Fail("mou", "is the MoU already in force: nothing to change");
        validator.ThrowIfInvalid();
        return new ProgrammeJoined(programmeId, odsCode, mou, Version ?? currentVersion);
    }

    public ProgrammeLeft DecideLeave(DateOnly today)
    {
        if (Mou is null) throw new NotFoundException("This practice has not joined the programme.", "odsCode");
        if (LeftOn is not null) throw new ConflictException($"This practice already left the programme on {LeftOn:yyyy-MM-dd}.", "odsCode");
        return new ProgrammeLeft(today);
    }

    public SopRecorded DecideRecordSop(int expectedSopRevision, Sop sop, DateOnly today)
    {
        EnsureEditable(today);
        if (expectedSopRevision != SopRevision)
            throw new ConflictException($"The SOP has changed since revision {expectedSopRevision} (it is now at {SopRevision}): re-read it first.", "expectedSopRevision");
        sop = sop.Validated("sop", today);
        if (sop == Sop) throw new ValidationFailedException("sop", "is the same as the SOP recorded: nothing to change");
        return new SopRecorded(sop, SopRevision + 1);
    }

    public HazardAssessed DecideAssess(string hazardId, int expectedRevision, HazardDecision decision, PublishedVersion? localised, DateOnly today)
    {
        EnsureEditable(today);
        EnsureLocalising(localised);
        var hazard = localised!.Hazards.FirstOrDefault(h => h.Id == hazardId)
            ?? throw new NotFoundException($"Hazard {hazardId} is not in version {localised.Summary.Number} of the programme's log.", "hazardId");
        if (hazard.IsClosed)
            throw new ValidationFailedException("hazardId", $"names a hazard closed in version {localised.Summary.Number}: it needs no local assessment");
        var current = Overlay.GetValueOrDefault(hazardId)?.Revision ?? 0;
        if (expectedRevision != current)
            throw new ConflictException(
                $"The decision on {hazardId} has changed since revision {expectedRevision} (it is now at {current}): re-read it first.", "expectedRevision");
        decision = decision.Validated("decision");
        if (Overlay.GetValueOrDefault(hazardId) is { NeedsReassessment: false } held && held.Decision.SameAs(decision))
            throw new ValidationFailedException("decision", "is the same as the decision recorded: nothing to change");
        return new HazardAssessed(hazardId, new OverlayEntry(decision, current + 1, localised.Summary.Number, []));
    }

    public LocalHazardAdded DecideAddLocalHazard(HazardContent content, DateOnly today)
    {
        EnsureEditable(today);
        return new LocalHazardAdded(HazardRegister.New(Hazard.LocalIdFor(LocalHazardsAdded + 1), content, today));
    }

    public LocalHazardRevised DecideReviseLocalHazard(string hazardId, int expectedRevision, HazardContent content, DateOnly today)
    {
        EnsureEditable(today);
        var (revised, changed) = HazardRegister.Revise(LocalHazards, hazardId, expectedRevision, content, today);
        return new LocalHazardRevised(revised, changed);
    }

    public LocalHazardClosed DecideCloseLocalHazard(string hazardId, int expectedRevision, string reason, DateOnly today)
    {
        EnsureEditable(today);
        return new LocalHazardClosed(hazardId, HazardRegister.Close(LocalHazards, hazardId, expectedRevision), reason);
    }

    /// <summary>
    /// Moves the overlay from the version being localised (<paramref name="from"/>, null if none yet)
    /// to <paramref name="to"/>: decisions on unchanged hazards are kept as they are; decisions on
    /// hazards that changed are kept but flagged for re-assessment; new hazards start unassessed.
    /// </summary>
    public CarriedForward DecideCarryForward(int expectedRevision, PublishedVersion? from, PublishedVersion to, DateOnly today)
    {
        EnsureEditable(today);
        EnsureRevision(expectedRevision);
        if (Version == to.Summary.Number)
            throw new ValidationFailedException("programmeId", $"is already localised at version {to.Summary.Number}, the current one: nothing to carry forward");
        var flagged = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (from is not null)
            foreach (var change in VersionDiff.Between(from, to))
                if (Overlay.ContainsKey(change.HazardId) && !change.Kinds.Contains(HazardChangeKind.Closed))
                    flagged[change.HazardId] = change.ChangedFields.Count > 0 ? change.ChangedFields : ["status"];
        return new CarriedForward(Version, to.Summary.Number, flagged);
    }

    public LocalisationSignedOff DecideSignOff(int expectedRevision, PublishedVersion localised, int currentVersion, PracticeSignOff signOff, DateOnly today)
    {
        EnsureEditable(today);
        EnsureRevision(expectedRevision);
        EnsureLocalising(localised);
        if (localised.Summary.Number != currentVersion)
            throw new ValidationFailedException("programmeId",
                $"has published version {currentVersion} since version {localised.Summary.Number} was localised: carry the localisation forward before signing off");

        signOff = signOff.Cleaned();
        var validator = new Validator();
        signOff.Validate(validator, "signOff");
        signOff.ValidateReviewDate(validator, "signOff", today);
        if (Sop is not { IsApproved: true }) validator.Fail("sop", "must be recorded and approved before the practice signs off");
        foreach (var hazard in localised.Hazards.Where(h => !h.IsClosed))
        {
            if (!Overlay.TryGetValue(hazard.Id, out var entry))
                validator.Fail($"decisions[{hazard.Id}]", "is not assessed: every open programme hazard needs a local decision before sign-off");
            else if (entry.NeedsReassessment)
                validator.Fail($"decisions[{hazard.Id}]", $"must be re-assessed: the hazard changed in version {localised.Summary.Number} ({string.Join(", ", entry.ReassessBecause)})");
            else if (entry.Decision.LacksJustification)
                validator.Fail($"decisions[{hazard.Id}].localResidualRisk.justification",
                    $"is required: a local residual risk rating of {entry.Decision.LocalResidualRisk!.Rating} or more cannot be signed off without a written justification");
        }

        HazardRegister.CheckReadyToSign(validator, LocalHazards.Values, "localHazards", "signed off");
        if (LatestSignOff is { } last && last.ProgrammeVersion == localised.Summary.Number && !ChangedSinceSignOff)
            validator.Fail("expectedRevision", $"names a localisation already signed off at version {last.ProgrammeVersion} with no changes since");
        validator.ThrowIfInvalid();
        return new LocalisationSignedOff(localised.Summary.Number, signOff.WithReviewDate(today));
    }

    public void Apply(RecordedChange<LocalisationEvent> recorded)
    {
        Revision++;
        switch (recorded.Change)
        {
            case ProgrammeJoined joined:
                // Rejoining after leaving starts afresh: the old sign-off no longer covers the log.
                if (LeftOn is not null) Reopen(recorded.At);
                if (LeftOn is not null || JoinedOn is null) JoinedOn = DateOnly.FromDateTime(recorded.At.UtcDateTime);
                (ProgrammeId, OdsCode, Mou, LeftOn, Version) = (joined.ProgrammeId, joined.OdsCode, joined.Mou, null, joined.Version);
                return;
            case ProgrammeLeft left:
                LeftOn = left.LeftOn;
                return;
            case SopRecorded sop:
                (Sop, SopRevision) = (sop.Sop, sop.SopRevision);
                break;
            case HazardAssessed assessed:
                Overlay[assessed.HazardId] = assessed.Entry;
                break;
            case LocalHazardAdded added:
                LocalHazards[added.Hazard.Id] = added.Hazard;
                LocalHazardsAdded++;
                break;
            case LocalHazardRevised revised:
                LocalHazards[revised.Hazard.Id] = revised.Hazard;
                break;
            case LocalHazardClosed closed:
                LocalHazards[closed.HazardId] = LocalHazards[closed.HazardId] with { Revision = closed.Revision, ClosedReason = closed.Reason };
                break;
            case CarriedForward carried:
                Version = carried.ToVersion;
                // The revision moves on too, so an edit based on the decision as it was before the
                // carry forward (made without seeing the changed hazard) is refused as stale.
                foreach (var (hazardId, fields) in carried.Flagged)
                {
                    var entry = Overlay[hazardId];
                    Overlay[hazardId] = entry with { Revision = entry.Revision + 1, ReassessBecause = entry.ReassessBecause.Union(fields).ToArray() };
                }

                break;
            case LocalisationSignedOff signed:
                SignOffs.Add(new LocalSignOffRecord(signed.ProgrammeVersion, signed.SignOff, recorded.At, recorded.Actor));
                ChangedSinceSignOff = false;
                return;
            default:
                throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}.");
        }

        Reopen(recorded.At);
    }

    private void Reopen(DateTimeOffset at)
    {
        if (!ChangedSinceSignOff && SignOffs.Count > 0) ReopenedOn = DateOnly.FromDateTime(at.UtcDateTime);
        ChangedSinceSignOff = true;
    }

    private void EnsureEditable(DateOnly today)
    {
        if (Mou is null)
            throw new ValidationFailedException("odsCode", "has not joined this programme: join it under an MoU before localising");
        if (LeftOn is not null)
            throw new ValidationFailedException("odsCode", $"left this programme on {LeftOn:yyyy-MM-dd}: its localisation is read-only");
        if (Mou.IsExpiredOn(today))
            throw new ValidationFailedException("mou", $"expired on {Mou.ExpiresOn:yyyy-MM-dd}: renew it before changing the localisation");
    }

    private void EnsureRevision(int expectedRevision)
    {
        if (expectedRevision != Revision)
            throw new ConflictException(
                $"The localisation has changed since revision {expectedRevision} (it is now at {Revision}): review it again first.", "expectedRevision");
    }

    /// <summary>The refusal when there is no programme version being localised.</summary>
    public static ValidationFailedException NothingToLocalise(int? currentVersion = null) => new("programmeId", currentVersion is { } current
        ? $"published version {current} after the practice joined: carry the localisation forward to it before assessing"
        : "has no published version to localise yet");

    private void EnsureLocalising(PublishedVersion? localised)
    {
        if (Version is null || localised is null) throw NothingToLocalise();
        if (Version != localised.Summary.Number)
            throw new InvalidOperationException($"Asked to act on version {localised.Summary.Number}, but version {Version} is being localised.");
    }
}
