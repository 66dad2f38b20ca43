using Microsoft.Extensions.DependencyInjection;
using GpSafetyHub.Coverage;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Practices;

/// <summary>
/// A practice's directory entry, event-sourced so its history shows every change (a move of ICB
/// included). After each change it updates its ICB's estate, and on a move tells the old ICB too.
/// </summary>
[GrainType("practice")] // the practice's grain state is stored under this name: it must never follow a class rename
public sealed class PracticeGrain(
    JournalStore store,
    [FromKeyedServices(HubClock.Key)] TimeProvider clock,
    ILogger<PracticeGrain> logger,
    [PersistentState("localisations", HubStorage.ProviderName)] IPersistentState<PracticeLocalisationsState> localisations)
    : JournaledGrain<PracticeState, PracticeLogEvent>(store, clock, logger), IPracticeGrain
{
    // The entry and its row as last committed: what Get and GetCoverage (which interleave with writes) answer.
    private PracticeView? _view;
    private PracticeCoverage? _coverage;

    protected override string StreamId => $"practice/{this.GetPrimaryKeyString()}";

    /// <summary>Keeps the committed entry and tells its ICB (and the ICB it last moved from, to drop it).</summary>
    protected override Task PublishAsync(bool afterActivation)
    {
        _view = State.Exists
            ? new PracticeView(State.OdsCode!, State.Details!, State.RegisteredAt, Version) { MergedFromIcbCodes = State.MergedFromIcbCodes.ToArray() }
            : null;
        PublishCoverage(tellPreviousIcb: true);
        return Task.CompletedTask;
    }

    public async Task<PracticeRegistrationResult> Register(PracticeDetails given, IReadOnlyList<PracticeField> clear, Actor actor, RegistrationScope scope)
    {
        var ods = this.GetPrimaryKeyString();
        var current = _view;
        // Scope first, on the ICB the row would leave the practice in: a row outside it is refused
        // in the same words whether or not the practice exists.
        if (scope.Check(ods, Text.Clean(given.IcbCode)?.ToUpperInvariant() ?? current?.Details.IcbCode, current) is { Count: > 0 } outside)
            return PracticeRegistrationResult.Refused(outside);
        var validator = new Validator();
        if (PracticeMerge.Apply(current?.Details, given, clear, validator, "practice") is not { } merged)
            return PracticeRegistrationResult.Refused(validator.Violations);

        var change = State.DecideRegister(ods, merged);
        if (change is null) return new PracticeRegistrationResult(RegistrationOutcome.Unchanged, [], []);
        await Record(change, actor, null);
        return change is PracticeDetailsChanged changed
            ? new PracticeRegistrationResult(RegistrationOutcome.Updated, changed.Changes ?? [], [])
            : new PracticeRegistrationResult(RegistrationOutcome.Created, [], []);
    }

    public async Task<bool> MoveByIcbMerger(IcbMerger merger, string reason, Actor actor)
    {
        View();
        if (State.DecideMerge(merger) is not { } move) return false;
        await Record(move, actor, ChangeReason.Require(reason));
        return true;
    }

    public Task<PracticeView> Get() => Task.FromResult(View());

    public Task<PracticeCoverage> GetCoverage()
    {
        View();
        return Task.FromResult(_coverage!);
    }

    public Task<HistoryPage> GetHistory(int first, long? before)
    {
        View();
        return ReadHistory(first, before, PracticeHistory.Describe);
    }

    public async Task NoteLocalisation(LocalisationSummary summary)
    {
        var held = localisations.State.ByProgramme.GetValueOrDefault(summary.ProgrammeId);
        if (held is not null && held.JournalVersion >= summary.JournalVersion) return;
        await localisations.SetAndWriteAsync(localisations.State.ByProgramme, summary.ProgrammeId, summary);
        PublishCoverage(tellPreviousIcb: false);
    }

    public async Task<PracticeCoverage> RefreshCoverage()
    {
        View();
        var programmes = await GrainFactory.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List();
        var ods = this.GetPrimaryKeyString();
        var read = await Task.WhenAll(programmes.Select(p =>
            GrainFactory.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(p.Id, ods)).GetSummary()));

        // Merge, never drop: a programme the directory does not list yet keeps its summary, so the
        // row's version (which adds up the summaries' versions) can only rise.
        var before = new Dictionary<string, LocalisationSummary>(localisations.State.ByProgramme, StringComparer.Ordinal);
        foreach (var summary in read.OfType<LocalisationSummary>())
            if (!before.TryGetValue(summary.ProgrammeId, out var held) || held.JournalVersion < summary.JournalVersion)
                localisations.State.ByProgramme[summary.ProgrammeId] = summary;
        await localisations.WriteOrUndoAsync(() => localisations.State.ByProgramme = before);

        PublishCoverage(tellPreviousIcb: true);
        return _coverage!;
    }

    public Task<IReadOnlyList<LocalisationSummary>> Localisations() =>
        Task.FromResult<IReadOnlyList<LocalisationSummary>>(
            localisations.State.ByProgramme.Values.OrderBy(l => l.ProgrammeId, StringComparer.Ordinal).ToArray());

    /// <summary>
    /// Works out the practice's row from the committed entry and summaries and tells its ICB; with
    /// <paramref name="tellPreviousIcb"/>, the ICB it last moved from too, to drop it (one that no
    /// longer holds it ignores that).
    /// </summary>
    private void PublishCoverage(bool tellPreviousIcb)
    {
        if (_view is null) return;
        var coverage = _coverage = PracticeCoverage.Of(_view, localisations.State.ByProgramme.Values.OrderBy(l => l.ProgrammeId, StringComparer.Ordinal).ToArray());
        var icb = _view.Details.IcbCode;
        ReadModels.Send($"icb/{icb}", () => GrainFactory.GetGrain<IIcbEstateGrain>(icb).Update(coverage));
        if (tellPreviousIcb && State.PreviousIcbCode is { } previous && previous != icb)
            ReadModels.Send($"icb/{previous}", () => GrainFactory.GetGrain<IIcbEstateGrain>(previous).Remove(coverage.OdsCode, coverage.Version));
    }

    private PracticeView View() =>
        _view ?? throw new NotFoundException($"No practice with ODS code {this.GetPrimaryKeyString()} is registered.", "odsCode");
}

/// <summary>The latest summary of each of a practice's localisations: a few dozen small rows at most.</summary>
[GenerateSerializer, Alias("hub.Grains.Practices.PracticeLocalisationsState")]
public sealed class PracticeLocalisationsState
{
    [Id(0)]
    public Dictionary<string, LocalisationSummary> ByProgramme { get; set; } = new(StringComparer.Ordinal);
}
