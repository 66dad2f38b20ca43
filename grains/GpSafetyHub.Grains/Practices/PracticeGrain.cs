using Microsoft.Extensions.DependencyInjection;
using GpSafetyHub.Coverage;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.ReadModels;
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
    [PersistentState("localisations", HubStorage.ProviderName)] IPersistentState<PracticeLocalisationsState> localisations) : Grain, IPracticeGrain
{
    private Journal<PracticeState, PracticeLogEvent> _journal = null!;
    private ReadModelFeed _readModels = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _journal = new(store, $"practice/{this.GetPrimaryKeyString()}", DeactivateOnIdle);
        _readModels = new(this, logger);
        await _journal.LoadAsync(cancellationToken);
        if (_journal.State.Exists) PushToEstate(_journal.State.PreviousIcbCode);
    }

    public async Task<PracticeRegistrationResult> Register(PracticeDetails given, IReadOnlyList<PracticeField> clear, Actor actor, RegistrationScope scope)
    {
        var ods = this.GetPrimaryKeyString();
        var current = _journal.State.Exists ? View() : null;
        // Scope first, on the ICB the row would leave the practice in: a row outside it is refused
        // in the same words whether or not the practice exists.
        if (scope.Check(ods, Text.Clean(given.IcbCode)?.ToUpperInvariant() ?? current?.Details.IcbCode, current) is { Count: > 0 } outside)
            return PracticeRegistrationResult.Refused(outside);
        var validator = new Validator();
        if (PracticeMerge.Apply(current?.Details, given, clear, validator, "practice") is not { } merged)
            return PracticeRegistrationResult.Refused(validator.Violations);

        var change = _journal.State.DecideRegister(ods, merged);
        if (change is null) return new PracticeRegistrationResult(RegistrationOutcome.Unchanged, [], []);
        await _journal.RecordAsync(change, actor, null, clock.GetUtcNow());
        PushToEstate((change as PracticeDetailsChanged)?.PreviousIcbCode);
        return change is PracticeDetailsChanged changed
            ? new PracticeRegistrationResult(RegistrationOutcome.Updated, changed.Changes ?? [], [])
            : new PracticeRegistrationResult(RegistrationOutcome.Created, [], []);
    }

    public async Task<bool> MoveByIcbMerger(IcbMerger merger, string reason, Actor actor)
    {
        View();
        if (_journal.State.DecideMerge(merger) is not { } move) return false;
        await _journal.RecordAsync(move, actor, ChangeReason.Require(reason), clock.GetUtcNow());
        PushToEstate(move.FromIcb);
        return true;
    }

    public Task<PracticeView> Get() => Task.FromResult(View());

    public Task<PracticeCoverage> GetCoverage() => Task.FromResult(Coverage());

    public Task<HistoryPage> GetHistory(int first, long? before)
    {
        View();
        return _journal.ReadHistoryAsync(first, before, PracticeHistory.Describe, CancellationToken.None);
    }

    public async Task NoteLocalisation(LocalisationSummary summary)
    {
        var held = localisations.State.ByProgramme.GetValueOrDefault(summary.ProgrammeId);
        if (held is not null && held.JournalVersion >= summary.JournalVersion) return;
        await localisations.SetAndWriteAsync(localisations.State.ByProgramme, summary.ProgrammeId, summary);
        PushToEstate(previousIcb: null);
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

        PushToEstate(_journal.State.PreviousIcbCode);
        return Coverage();
    }

    public Task<IReadOnlyList<LocalisationSummary>> Localisations() =>
        Task.FromResult<IReadOnlyList<LocalisationSummary>>(
            localisations.State.ByProgramme.Values.OrderBy(l => l.ProgrammeId, StringComparer.Ordinal).ToArray());

    /// <summary>Tells the practice's ICB its current row, and the ICB it moved from (if any) to drop it.</summary>
    private void PushToEstate(string? previousIcb)
    {
        var coverage = Coverage();
        var icb = coverage.Practice!.Details.IcbCode;
        _readModels.Send($"icb/{icb}", () => GrainFactory.GetGrain<IIcbEstateGrain>(icb).Update(coverage));
        if (previousIcb is not null && previousIcb != icb)
            _readModels.Send($"icb/{previousIcb}", () => GrainFactory.GetGrain<IIcbEstateGrain>(previousIcb).Remove(coverage.OdsCode, coverage.Version));
    }

    private PracticeCoverage Coverage() =>
        PracticeCoverage.Of(View(), localisations.State.ByProgramme.Values.OrderBy(l => l.ProgrammeId, StringComparer.Ordinal).ToArray());

    private PracticeView View()
    {
        var state = _journal.State;
        if (!state.Exists) throw new NotFoundException($"No practice with ODS code {this.GetPrimaryKeyString()} is registered.", "odsCode");
        return new PracticeView(state.OdsCode!, state.Details!, state.RegisteredAt, _journal.Version) { MergedFromIcbCodes = state.MergedFromIcbCodes.ToArray() };
    }
}

/// <summary>The latest summary of each of a practice's localisations: a few dozen small rows at most.</summary>
[GenerateSerializer, Alias("hub.Grains.Practices.PracticeLocalisationsState")]
public sealed class PracticeLocalisationsState
{
    [Id(0)]
    public Dictionary<string, LocalisationSummary> ByProgramme { get; set; } = new(StringComparer.Ordinal);
}
