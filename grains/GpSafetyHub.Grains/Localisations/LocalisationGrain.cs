using GpSafetyHub.Errors;
using Microsoft.Extensions.DependencyInjection;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Localisations;

/// <summary>
/// A practice's localisation of a programme, event-sourced. It stores the overlay only; the
/// programme's published versions (immutable, so cached here once read) come from the programme's
/// grain, and staleness is worked out on read against the programme's current version. After
/// each change, and on activation, it tells the programme's localisations read model.
/// </summary>
[GrainType("localisation")]
public sealed class LocalisationGrain(JournalStore store, [FromKeyedServices(HubClock.Key)] TimeProvider clock, ILogger<LocalisationGrain> logger)
    : JournaledGrain<LocalisationState, LocalisationEvent>(store, clock, logger), ILocalisationGrain
{
    private readonly Dictionary<int, PublishedVersion> _versions = [];
    private string _programmeId = null!;
    private string _odsCode = null!;

    private static readonly TimeSpan PracticeRowWait = TimeSpan.FromSeconds(2);

    // The summary as last committed: what GetSummary (which interleaves with writes) and the read-model pushes send.
    private LocalisationSummary? _summary;

    protected override string StreamId => $"localisation/{this.GetPrimaryKeyString()}";

    private IProgrammeHazardLogGrain Programme => GrainFactory.GetGrain<IProgrammeHazardLogGrain>(_programmeId);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        (_programmeId, _odsCode) = (key[..slash], key[(slash + 1)..]);
        return base.OnActivateAsync(cancellationToken);
    }

    /// <summary>
    /// Keeps the committed summary and sends it to the programme's and the practice's read models;
    /// each push reads the summary when it is sent, so a retry sends the newest. After a join, a
    /// leave or a new MoU the practice's is awaited for a moment: the practice's row decides what
    /// its staff may read (the programme's log, its alerts), so a practice that has just joined can
    /// read them at once; a practice grain busy for longer (an ICB rebuild) gets it in the
    /// background, never delaying the change's answer past that moment. Other changes (decisions,
    /// the SOP, sign-offs) change only figures, so their answers do not wait for read models.
    /// </summary>
    protected override async Task PublishAsync(bool afterActivation)
    {
        if (State.Mou is null) return;
        var before = _summary;
        _summary = Summary(await LocalisedVersion());
        var changesAccess = before is null || before.MouExpiresOn != _summary.MouExpiresOn || before.LeftOn != _summary.LeftOn;
        ReadModels.Send($"programme-localisations/{_programmeId}",
            () => GrainFactory.GetGrain<IProgrammeLocalisationsGrain>(_programmeId).Upsert(_summary));
        var practice = ReadModels.SendAsync($"practice/{_odsCode}", () => GrainFactory.GetGrain<IPracticeGrain>(_odsCode).NoteLocalisation(_summary));
        if (!afterActivation && changesAccess) await Task.WhenAny(practice, Task.Delay(PracticeRowWait));
    }

    public async Task<LocalisationView> Join(Mou mou, Actor actor)
    {
        var current = await Programme.GetCurrentVersionNumber();
        await GrainFactory.GetGrain<IPracticeGrain>(_odsCode).Get();
        await Record(State.DecideJoin(_programmeId, _odsCode, mou, current, Today), actor, null);
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
        if (State.Mou is not null && State.Version is null && await Programme.GetCurrentVersionNumber() is { } current)
            throw LocalisationState.NothingToLocalise(current);
        await Record(State.DecideAssess(hazardId, expectedRevision, decision, await LocalisedVersion(), Today), actor, null);
        return await Get();
    }

    public async Task<Hazard> AddLocalHazard(HazardContent content, string reason, Actor actor)
    {
        var (change, why) = Refusals.Both(() => State.DecideAddLocalHazard(content, Today), () => ChangeReason.Require(reason));
        await Record(change, actor, why);
        return State.LocalHazards[change.Hazard.Id];
    }

    public async Task<Hazard> ReviseLocalHazard(string hazardId, int expectedRevision, HazardContent content, string reason, Actor actor)
    {
        var (change, why) = Refusals.Both(() => State.DecideReviseLocalHazard(hazardId, expectedRevision, content, Today), () => ChangeReason.Require(reason));
        await Record(change, actor, why);
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
        var current = await CurrentVersion() ?? throw LocalisationState.NothingToLocalise();
        await Record(State.DecideCarryForward(expectedRevision, await LocalisedVersion(), current, Today), actor, null);
        return await Get();
    }

    public async Task<LocalisationView> SignOff(int expectedRevision, PracticeSignOff signOff, Actor actor)
    {
        var current = await Programme.GetCurrentVersionNumber() ?? throw LocalisationState.NothingToLocalise();
        await Record(State.DecideSignOff(expectedRevision, await LocalisedVersion() ?? throw LocalisationState.NothingToLocalise(current), current, signOff, Today), actor, null);
        return await Get();
    }

    public async Task<LocalisationView> Get()
    {
        if (State.Mou is null) await GrainFactory.GetGrain<IPracticeGrain>(_odsCode).Get();
        var localised = await LocalisedVersion();
        var current = await CurrentVersion();
        var summary = Summary(localised);
        var merged = localised?.Hazards.Select(h => new LocalisedHazard(h, State.Overlay.GetValueOrDefault(h.Id))).ToArray() ?? [];
        var diffFrom = State.LatestSignOff?.ProgrammeVersion ?? State.Version;
        var changes = diffFrom is { } from && current is not null && from < current.Summary.Number
            ? VersionDiff.Between(await VersionNumbered(from), current)
            : [];
        return new LocalisationView(
            summary, summary.StatusOn(Today, current?.Summary.Number), current?.Summary.Number, State.Mou, State.Sop, State.SopRevision,
            merged, Hazard.InIdOrder(State.LocalHazards.Values), State.SignOffs.ToArray(), changes, State.Revision);
    }

    public Task<HistoryPage> GetHistory(int first, long? before) => ReadHistory(first, before, LocalisationHistory.Describe);

    public Task<LocalisationSummary?> GetSummary() => Task.FromResult(_summary);

    private LocalisationSummary Summary(PublishedVersion? localised) =>
        State.Summarise(Version, localised) with { ProgrammeId = _programmeId, OdsCode = _odsCode };

    private async Task<PublishedVersion> VersionNumbered(int number)
    {
        if (!_versions.TryGetValue(number, out var version)) _versions[number] = version = await Programme.GetVersion(number);
        return version;
    }

    private async Task<PublishedVersion?> LocalisedVersion() => State.Version is { } number ? await VersionNumbered(number) : null;

    private async Task<PublishedVersion?> CurrentVersion() =>
        await Programme.GetCurrentVersionNumber() is { } current ? await VersionNumbered(current) : null;
}
