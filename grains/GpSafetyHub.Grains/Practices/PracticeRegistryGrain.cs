using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Practices;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace GpSafetyHub.Grains.Practices;

[GrainType("practice-registry")]
[StatelessWorker]
public sealed partial class PracticeRegistryGrain(ILogger<PracticeRegistryGrain> logger) : Grain, IPracticeRegistryGrain
{
    // Enough parallel practice writes to load an estate quickly without flooding storage.
    private const int Parallelism = 16;

    private static readonly FieldViolation NotConfirmed =
        new("odsCode", "could not be confirmed as saved (storage did not answer): send the row again; repeating a row is harmless");

    public async Task<RegistrationReport> Register(IReadOnlyList<PracticeRegistration> rows, Actor actor, RegistrationScope scope)
    {
        var (valid, refused) = PracticeBatch.Check(rows);
        var results = await Batches.SelectAsync(valid, Parallelism, row => TryRegister(row, actor, scope));
        string[] Codes(RegistrationOutcome outcome) => valid.Where((_, i) => results[i].Outcome == outcome).Select(v => v.OdsCode).ToArray();
        var notApplied = valid.Select((v, i) => (Row: v, Result: results[i])).Where(x => x.Result.Outcome is null)
            .Select(x => new RefusedRow(x.Row.Row, x.Row.OdsCode, x.Result.Refusal));
        var changes = valid.Select((v, i) => (Row: v, Result: results[i])).Where(x => x.Result.Outcome == RegistrationOutcome.Updated)
            .Select(x => new PracticeChanges(x.Row.Row, x.Row.OdsCode, x.Result.Changes)).ToArray();
        return new RegistrationReport(
            Codes(RegistrationOutcome.Created), Codes(RegistrationOutcome.Updated), Codes(RegistrationOutcome.Unchanged),
            refused.Concat(notApplied).OrderBy(r => r.Row).ToArray()) { Changes = changes };
    }

    /// <summary>One row's registration; a refusal or failure is reported on that row, not by failing the batch.</summary>
    private async Task<PracticeRegistrationResult> TryRegister(CheckedRow row, Actor actor, RegistrationScope scope)
    {
        try
        {
            return await GrainFactory.GetGrain<IPracticeGrain>(row.OdsCode).Register(row.Given, row.Clear, actor, scope);
        }
        catch (Exception e) when (e is StorageUnavailableException or not HubException)
        {
            LogRowFailed(logger, row.OdsCode, e);
            return PracticeRegistrationResult.Refused([NotConfirmed]);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering practice {OdsCode} failed")]
    private static partial void LogRowFailed(ILogger logger, string odsCode, Exception exception);

    public Task<RegistrationReport> RegisterCsv(string csv, Actor actor, RegistrationScope scope) => Register(PracticeCsv.Parse(csv), actor, scope);
}
