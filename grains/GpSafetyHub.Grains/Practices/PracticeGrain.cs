using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.ReadModels;
using GpSafetyHub.History;
using GpSafetyHub.Practices;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Practices;

/// <summary>
/// A practice's directory entry, event-sourced so its history shows every change (a move of ICB
/// included). After each change it updates its ICB's estate, and on a move tells the old ICB too.
/// </summary>
public sealed class PracticeGrain(JournalStore store, TimeProvider clock, ILogger<PracticeGrain> logger) : Grain, IPracticeGrain
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

    public async Task<RegistrationOutcome> Register(PracticeDetails details, Actor actor)
    {
        var change = _journal.State.DecideRegister(this.GetPrimaryKeyString(), details);
        if (change is null) return RegistrationOutcome.Unchanged;
        await _journal.RecordAsync(change, actor, null, clock.GetUtcNow());
        PushToEstate((change as PracticeDetailsChanged)?.PreviousIcbCode);
        return change is PracticeRegistered ? RegistrationOutcome.Created : RegistrationOutcome.Updated;
    }

    public Task<PracticeView> Get() => Task.FromResult(View());

    public Task<HistoryPage> GetHistory(int first, long? before)
    {
        View();
        return _journal.ReadHistoryAsync(first, before, PracticeHistory.Describe, CancellationToken.None);
    }

    private void PushToEstate(string? previousIcb)
    {
        var view = View();
        _readModels.Send($"icb/{view.Details.IcbCode}", () => GrainFactory.GetGrain<IIcbEstateGrain>(view.Details.IcbCode).Upsert(view));
        if (previousIcb is not null && previousIcb != view.Details.IcbCode)
            _readModels.Send($"icb/{previousIcb}", () => GrainFactory.GetGrain<IIcbEstateGrain>(previousIcb).Remove(view.OdsCode, view.Revision));
    }

    private PracticeView View()
    {
        var state = _journal.State;
        if (!state.Exists) throw new NotFoundException($"No practice with ODS code {this.GetPrimaryKeyString()} is registered.", "odsCode");
        return new PracticeView(state.OdsCode!, state.Details!, state.RegisteredAt, _journal.Version);
    }
}
