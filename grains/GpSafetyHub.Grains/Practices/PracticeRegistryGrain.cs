using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Practices;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace GpSafetyHub.Grains.Practices;

[StatelessWorker]
public sealed partial class PracticeRegistryGrain(ILogger<PracticeRegistryGrain> logger) : Grain, IPracticeRegistryGrain
{
    // Enough parallel practice writes to load an estate quickly without flooding storage.
    private const int Parallelism = 16;

    public async Task<RegistrationReport> Register(IReadOnlyList<PracticeRegistration> rows, Actor actor)
    {
        var (valid, refused) = PracticeBatch.Check(rows);
        // Batches awaited in turn, rather than Parallel.ForEachAsync, so every call stays on the grain's scheduler.
        var outcomes = new List<RegistrationOutcome?>(valid.Count);
        foreach (var batch in valid.Chunk(Parallelism))
            outcomes.AddRange(await Task.WhenAll(batch.Select(v => TryRegister(v.OdsCode, v.Details, actor))));
        string[] Codes(RegistrationOutcome outcome) => valid.Where((_, i) => outcomes[i] == outcome).Select(v => v.OdsCode).ToArray();
        var failed = valid.Where((_, i) => outcomes[i] is null).Select(v => new RefusedRow(v.Row, v.OdsCode,
            [new FieldViolation("odsCode", "could not be confirmed as saved (storage did not answer): send the row again; repeating a row is harmless")]));
        return new RegistrationReport(
            Codes(RegistrationOutcome.Created), Codes(RegistrationOutcome.Updated), Codes(RegistrationOutcome.Unchanged),
            refused.Concat(failed).OrderBy(r => r.Row).ToArray());
    }

    /// <summary>One row's registration; a failure is reported on that row, not by failing the batch.</summary>
    private async Task<RegistrationOutcome?> TryRegister(string odsCode, PracticeDetails details, Actor actor)
    {
        try
        {
            return await GrainFactory.GetGrain<IPracticeGrain>(odsCode).Register(details, actor);
        }
        catch (Exception e) when (e is not HubException)
        {
            LogRowFailed(logger, odsCode, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering practice {OdsCode} failed")]
    private static partial void LogRowFailed(ILogger logger, string odsCode, Exception exception);

    public Task<RegistrationReport> RegisterCsv(string csv, Actor actor) => Register(PracticeCsv.Parse(csv), actor);
}
