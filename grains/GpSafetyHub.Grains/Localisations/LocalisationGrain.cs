using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.ReadModels;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Localisations;

/// <summary>
/// A practice's localisation of a programme, event-sourced. It stores the overlay only; the
/// programme's published versions (immutable) are read from the programme's grain, and staleness
/// is worked out on read against the programme's current version.
/// </summary>
public sealed class LocalisationGrain(JournalStore store, TimeProvider clock, ILogger<LocalisationGrain> logger) : Grain, ILocalisationGrain
{
    private Journal<LocalisationState, LocalisationEvent> _journal = null!;
    private ReadModelFeed _readModels = null!;
    private string _programmeId = null!;
    private string _odsCode = null!;

    private LocalisationState State => _journal.State;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IProgrammeHazardLogGrain Programme => GrainFactory.GetGrain<IProgrammeHazardLogGrain>(_programmeId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        (_programmeId, _odsCode) = (key[..slash], key[(slash + 1)..]);
        _journal = new(store, $"localisation/{key}", DeactivateOnIdle);
        _readModels = new(this, logger);
        await _journal.LoadAsync(cancellationToken);
    }

    public async Task<LocalisationView> Join(Mou mou, Actor actor)
    {
        var current = await Programme.GetCurrentVersionNumber();
        await GrainFactory.GetGrain<IPracticeGrain>(_odsCode).Get();
        await Record(State.DecideJoin(_programmeId, _odsCode, mou, current), actor, null);
        return await Get();
    }

    public async Task<LocalisationView> Leave(string reason, Actor actor)
    {
        var why = ChangeReason.Require(reason);
        await Record(State.DecideLeave(Today), actor, why);
        return await Get();
    }

    public async Task<LocalisationView> RecordSop(int expectedSopRevision, Sop sop, Actor actor)
    {
        await Record(State.DecideRecordSop(expectedSopRevision, sop, Today), actor, null);
        return await Get();
    }

    public async Task<LocalisationView> AssessHazard(string hazardId, int expectedRevision, HazardDecision decision, Actor actor)
    {
        var localised = await LocalisedVersion();
        await Record(State.DecideAssess(hazardId, expectedRevision, decision, localised, Today), actor, null);
        return await Get();
    }

    public async Task<Hazard> AddLocalHazard(HazardContent content, string reason, Actor actor)
    {
        var why = ChangeReason.Require(reason);
        var change = State.DecideAddLocalHazard(content, Today);
        await Record(change, actor, why);
        return State.LocalHazards[change.Hazard.Id];
    }

    public async Task<Hazard> ReviseLocalHazard(string hazardId, int expectedRevision, HazardContent content, string reason, Actor actor)
    {
        var why = ChangeReason.Require(reason);
        await Record(State.DecideReviseLocalHazard(hazardId, expectedRevision, content, Today), actor, why);
        return State.LocalHazards[hazardId];
    }

    public async Task<Hazard> CloseLocalHazard(string hazardId, int expectedRevision, string reason, Actor actor)
    {
        var why = ChangeReason.Require(reason);
        await Record(State.DecideCloseLocalHazard(hazardId, expectedRevision, why, Today), actor, why);
        return State.LocalHazards[hazardId];
    }

    public async Task<LocalisationView> CarryForward(int expectedRevision, Actor actor)
    {
        var current = await CurrentVersion()
            ?? throw new ValidationFailedException("programmeId", "has no published version to localise yet");
        var from = await LocalisedVersion();
        await Record(State.DecideCarryForward(expectedRevision, from, current, Today), actor, null);
        return await Get();
    }

    public async Task<LocalisationView> SignOff(int expectedRevision, PracticeSignOff signOff, Actor actor)
    {
        var localised = await LocalisedVersion();
        var current = await Programme.GetCurrentVersionNumber();
        if (localised is null || current is null)
            throw new ValidationFailedException("programmeId", "has no published version to localise yet");
        await Record(State.DecideSignOff(expectedRevision, localised, current.Value, signOff, Today), actor, null);
        return await Get();
    }

    public async Task<LocalisationView> Get()
    {
        var localised = await LocalisedVersion();
        var current = await CurrentVersion();
        var summary = State.Summarise(_journal.Version, localised) with { ProgrammeId = _programmeId, OdsCode = _odsCode };
        var merged = localised is null
            ? []
            : localised.Hazards.Select(h => new LocalisedHazard(h, State.Overlay.GetValueOrDefault(h.Id))).ToArray();
        var diffFrom = State.LatestSignOff?.ProgrammeVersion ?? State.Version;
        var changes = diffFrom is { } from && current is not null && from < current.Summary.Number
            ? VersionDiff.Between(await Programme.GetVersion(from), current)
            : [];
        return new LocalisationView(
            summary, summary.StatusOn(Today, current?.Summary.Number), current?.Summary.Number, State.Mou, State.Sop, State.SopRevision,
            merged, Hazard.InIdOrder(State.LocalHazards.Values), State.SignOffs.ToArray(), changes, State.Revision);
    }

    public Task<HistoryPage> GetHistory(int first, long? before) =>
        _journal.ReadHistoryAsync(first, before, LocalisationHistory.Describe, CancellationToken.None);

    private async Task<PublishedVersion?> LocalisedVersion() =>
        State.Version is { } version ? await Programme.GetVersion(version) : null;

    private async Task<PublishedVersion?> CurrentVersion() =>
        await Programme.GetCurrentVersionNumber() is { } current ? await Programme.GetVersion(current) : null;

    private async Task Record(LocalisationEvent change, Actor actor, string? reason)
    {
        await _journal.RecordAsync(change, actor, reason, clock.GetUtcNow());
        var summary = State.Summarise(_journal.Version, await LocalisedVersion());
        _readModels.Send($"programme-localisations/{_programmeId}",
            () => GrainFactory.GetGrain<IProgrammeLocalisationsGrain>(_programmeId).Upsert(summary));
    }
}
