using Microsoft.Extensions.DependencyInjection;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Programmes;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Programmes;

/// <summary>
/// A programme hazard log, event-sourced: every change is a recorded, attributed entry committed
/// atomically with the new state. Published versions are stored once as documents beside the
/// journal. After each change the programme's listing is pushed to the directory.
/// </summary>
[GrainType("programme-hazard-log")]
public sealed class ProgrammeHazardLogGrain(
    JournalStore store,
    [FromKeyedServices(HubClock.Key)] TimeProvider clock,
    ILogger<ProgrammeHazardLogGrain> logger) : JournaledGrain<ProgrammeHazardLogState, ProgrammeLogEvent>(store, clock, logger), IProgrammeHazardLogGrain
{
    private readonly Dictionary<int, PublishedVersion> _versions = [];

    private ProgrammeHazardLogState Log => State;

    protected override string StreamId => StreamIdOf(this.GetPrimaryKeyString());

    protected override Task PublishAsync(bool afterActivation)
    {
        if (Log.Exists) PushListing();
        return Task.CompletedTask;
    }

    public async Task<ProgrammeView> Create(ProgrammeDetails details, Actor actor)
    {
        var change = Log.DecideCreate(ProgrammeId.Parse(this.GetPrimaryKeyString(), "input.id"), details, Today);
        await Record(change, actor, reason: null);
        return View();
    }

    public Task<ProgrammeView> Get()
    {
        EnsureExists();
        return Task.FromResult(View());
    }

    public Task<int?> GetCurrentVersionNumber()
    {
        EnsureExists();
        return Task.FromResult(Log.CurrentVersion?.Number);
    }

    public async Task<ProgrammeView> GetAsOf(DateTimeOffset at)
    {
        var (version, state) = await ReplayUntil(at);
        if (!state.Exists) throw new NotFoundException($"The programme did not exist at {at:O}.", "at");
        return ProgrammeView.Of(state, version);
    }

    public async Task<Hazard> AddHazard(HazardContent content, string reason, Actor actor)
    {
        var (change, why) = Refusals.Both(() => Log.DecideAddHazard(content, Today), () => ChangeReason.Require(reason));
        await Record(change, actor, why);
        return Log.Hazards[change.Hazard.Id];
    }

    public async Task<IReadOnlyList<Hazard>> ImportHazards(IReadOnlyList<ImportedHazard> rows, Actor actor)
    {
        // One history entry per hazard, so each says where it came from; the keys make a retry after a failed write add only what is missing.
        foreach (var (change, row) in Log.DecideImport(rows, Today)) await Record(change, actor, $"Imported from {row.Source}");
        return rows.Select(r => Log.Hazards[Log.ImportedHazardIds[r.Key]]).ToArray();
    }

    public async Task<Hazard> ReviseHazard(string hazardId, int expectedRevision, HazardContent content, string reason, Actor actor)
    {
        var (change, why) = Refusals.Both(() => Log.DecideReviseHazard(hazardId, expectedRevision, content, Today), () => ChangeReason.Require(reason));
        await Record(change, actor, why);
        return Log.Hazards[hazardId];
    }

    public async Task<Hazard> CloseHazard(string hazardId, int expectedRevision, string reason, Actor actor)
    {
        var why = ChangeReason.Require(reason);
        var change = Log.DecideCloseHazard(hazardId, expectedRevision, why);
        await Record(change, actor, why);
        return Log.Hazards[hazardId];
    }

    public async Task<PublishedVersionSummary> Publish(int expectedDraftRevision, CsoSignOff signOff, string summary, Actor actor)
    {
        var change = Log.DecidePublish(expectedDraftRevision, signOff, summary);
        var at = Now;
        var version = Log.Freeze(change, at, actor);
        await Record(change, actor, change.Summary, at, [new JournalDocument(VersionKey(change.Number), version)]);
        _versions[change.Number] = version;
        return version.Summary;
    }

    public async Task<PublishedVersion> GetVersion(int number)
    {
        EnsureExists();
        if (number < 1 || number > Log.Versions.Count)
            throw new NotFoundException($"Version {number} has not been published (the latest is {Log.Versions.Count}).", "number");
        if (!_versions.TryGetValue(number, out var version))
        {
            version = await ReadDocument<PublishedVersion>(VersionKey(number))
                ?? throw new InvalidDataException($"Version {number} of {this.GetPrimaryKeyString()} is recorded but its document is missing.");
            _versions[number] = version;
        }

        return version;
    }

    public Task<HistoryPage> GetHistory(int first, long? before)
    {
        EnsureExists();
        return ReadHistory(first, before, ProgrammeHistory.Describe);
    }

    /// <summary>Table partition of a programme's journal.</summary>
    public static string StreamIdOf(string programmeId) => $"programme/{programmeId}";

    private static string VersionKey(int number) => $"version-{number:D6}";

    private void PushListing()
    {
        var listing = ProgrammeListing.Of(View());
        ReadModels.Send("directory", () => GrainFactory.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).Upsert(listing));
    }

    private ProgrammeView View() => ProgrammeView.Of(Log, Version);

    private void EnsureExists()
    {
        if (!Log.Exists) throw new NotFoundException($"No programme has the id '{this.GetPrimaryKeyString()}'.", "programmeId");
    }
}
