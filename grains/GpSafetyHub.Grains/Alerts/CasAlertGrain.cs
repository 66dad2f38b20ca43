using Microsoft.Extensions.DependencyInjection;
using Azure;
using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.History;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Grains.Alerts;

/// <summary>
/// A CAS alert: its record is event-sourced (so every amendment is in its history); each
/// practice's acknowledgement and responses live in a row of their own, all held in memory
/// while active. After every change to the alert it tells the alert directory.
/// </summary>
[GrainType("cas-alert")]
public sealed class CasAlertGrain(
    JournalStore store,
    CasResponseStore responses,
    [FromKeyedServices(HubClock.Key)] TimeProvider clock,
    IOptions<CasAlertOptions> options,
    ILogger<CasAlertGrain> logger) : JournaledGrain<CasAlertState, CasAlertEvent>(store, clock, logger), ICasAlertGrain
{
    private Dictionary<string, (CasPracticeResponse Record, ETag ETag)> _records = [];

    private string Reference => this.GetPrimaryKeyString();

    protected override string StreamId => $"cas-alert/{Reference}";

    protected override async Task OnLoadedAsync(CancellationToken cancellationToken) =>
        _records = await responses.LoadAsync(Reference, cancellationToken);

    /// <summary>
    /// Tells the directory (what the reminder scan starts from). Awaited after a change, so the
    /// next scan sees the alert; on activation, and for a failed attempt, it is sent in the background.
    /// </summary>
    protected override async Task PublishAsync(bool afterActivation)
    {
        if (!State.Exists) return;
        var view = View();
        var sent = ReadModels.SendAsync("cas-alerts", () => GrainFactory.GetGrain<ICasAlertDirectoryGrain>(ICasAlertDirectoryGrain.Key).Upsert(view));
        if (!afterActivation) await sent;
    }

    public async Task<CasAlertView> Record(CasAlertDetails details, Actor actor)
    {
        if (CasAlertReference.Require(Reference) != Reference)
            throw new ValidationFailedException("reference", "must be given in its normal form (trimmed, upper case)");
        await Record(State.DecideRecord(Reference, await Validated(details)), actor, null);
        return View();
    }

    public async Task<CasAlertView> Amend(long expectedVersion, CasAlertDetails details, string reason, Actor actor)
    {
        var why = ChangeReason.Require(reason);
        await Record(State.DecideAmend(expectedVersion, Version, await Validated(details)), actor, why);
        return View();
    }

    public Task<CasAlertView> Get() => Task.FromResult(View());

    public Task<HistoryPage> GetHistory(int first, long? before)
    {
        View();
        return ReadHistory(first, before, CasAlertHistory.Describe);
    }

    public async Task<CasPracticeResponse> Acknowledge(string odsCode, Actor actor)
    {
        var record = await RecordOf(odsCode);
        var acknowledged = record.Acknowledge(Now, actor);
        return acknowledged is null ? record : await Write(acknowledged);
    }

    public async Task<CasPracticeResponse> Respond(string odsCode, CasResponseOutcome outcome, string details, Actor actor) =>
        await Write((await RecordOf(odsCode)).Respond(outcome, details, Now, actor));

    public Task<IReadOnlyDictionary<string, CasPracticeResponse>> Records(IReadOnlyList<string>? odsCodes)
    {
        View();
        var records = odsCodes is null
            ? _records.ToDictionary(r => r.Key, r => r.Value.Record, StringComparer.Ordinal)
            : odsCodes.Distinct(StringComparer.Ordinal).Where(_records.ContainsKey).ToDictionary(c => c, c => _records[c].Record, StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyDictionary<string, CasPracticeResponse>>(records);
    }

    /// <summary>
    /// The practice's record, or a blank one if the alert concerns it. A practice the alert does
    /// not concern (and that has no record) is refused naming the ODS code.
    /// </summary>
    private async Task<CasPracticeResponse> RecordOf(string odsCode)
    {
        var alert = View();
        if (_records.TryGetValue(odsCode, out var held)) return held.Record;
        var row = await GrainFactory.GetGrain<IPracticeGrain>(odsCode).GetCoverage();
        if (!CasAlertProgress.Affects(alert.Details, row))
            throw new ValidationFailedException("odsCode", $"names a practice alert {Reference} does not concern: it is in none of the alert's ICBs and has joined none of its programmes");
        return CasPracticeResponse.None(odsCode);
    }

    private async Task<CasPracticeResponse> Write(CasPracticeResponse record)
    {
        ETag? etag = _records.TryGetValue(record.OdsCode, out var held) ? held.ETag : null;
        try
        {
            _records[record.OdsCode] = (record, await responses.WriteAsync(Reference, record, etag, CancellationToken.None));
            return record;
        }
        catch (ConflictException)
        {
            // Another activation wrote this practice's row: read the truth before the next request.
            _records = await responses.LoadAsync(Reference, CancellationToken.None);
            throw;
        }
    }

    private async Task<CasAlertDetails> Validated(CasAlertDetails details)
    {
        var defaults = new CasAlertDeadlineDefaults(options.Value.AcknowledgeWithinDays, options.Value.ActionCompleteWithinDays);
        var valid = details.Validated(defaults, Today);
        var known = (await GrainFactory.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List()).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var validator = new Validator();
        for (var i = 0; i < valid.ProgrammeIds.Count; i++)
            if (!known.Contains(valid.ProgrammeIds[i])) validator.Fail("alert.programmeIds", $"names no programme with id {valid.ProgrammeIds[i]}");
        validator.ThrowIfInvalid();
        return valid;
    }

    private CasAlertView View()
    {
        if (!State.Exists) throw new NotFoundException($"No CAS alert {Reference} is recorded.", "reference");
        return new CasAlertView(State.Reference!, State.Details!, State.RecordedAt, State.RecordedBy!, State.AmendedAt, Version);
    }
}
