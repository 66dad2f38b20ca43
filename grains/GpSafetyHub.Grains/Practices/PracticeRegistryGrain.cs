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
        var outcomes = await Batches.SelectAsync(valid, Parallelism, v => TryRegister(v.OdsCode, v.Details, actor, scope));
        string[] Codes(RegistrationOutcome outcome) => valid.Where((_, i) => outcomes[i].Outcome == outcome).Select(v => v.OdsCode).ToArray();
        var notApplied = valid.Select((v, i) => (v, outcomes[i])).Where(x => x.Item2.Outcome is null)
            .Select(x => new RefusedRow(x.v.Row, x.v.OdsCode, x.Item2.Refusal));
        return new RegistrationReport(
            Codes(RegistrationOutcome.Created), Codes(RegistrationOutcome.Updated), Codes(RegistrationOutcome.Unchanged),
            refused.Concat(notApplied).OrderBy(r => r.Row).ToArray());
    }

    /// <summary>One row's registration; a refusal or failure is reported on that row, not by failing the batch.</summary>
    private async Task<(RegistrationOutcome? Outcome, IReadOnlyList<FieldViolation> Refusal)> TryRegister(string odsCode, PracticeDetails details, Actor actor, RegistrationScope scope)
    {
        var practice = GrainFactory.GetGrain<IPracticeGrain>(odsCode);
        try
        {
            if (!scope.Unrestricted && scope.Check(odsCode, details, await CurrentAsync(practice)) is { Count: > 0 } outside) return (null, outside);
            return (await practice.Register(details, actor), []);
        }
        catch (Exception e) when (e is StorageUnavailableException or not HubException)
        {
            LogRowFailed(logger, odsCode, e);
            return (null, [NotConfirmed]);
        }
    }

    private static async Task<PracticeView?> CurrentAsync(IPracticeGrain practice)
    {
        try
        {
            return await practice.Get();
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering practice {OdsCode} failed")]
    private static partial void LogRowFailed(ILogger logger, string odsCode, Exception exception);

    public Task<RegistrationReport> RegisterCsv(string csv, Actor actor, RegistrationScope scope) => Register(PracticeCsv.Parse(csv), actor, scope);
}
