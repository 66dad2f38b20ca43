using GpSafetyHub.History;
using GpSafetyHub.Practices;
using Orleans.Concurrency;

namespace GpSafetyHub.Grains.Practices;

[StatelessWorker]
public sealed class PracticeRegistryGrain : Grain, IPracticeRegistryGrain
{
    // Enough parallel practice writes to load an estate quickly without flooding storage.
    private const int Parallelism = 16;

    public async Task<RegistrationReport> Register(IReadOnlyList<PracticeRegistration> rows, Actor actor)
    {
        var (valid, refused) = PracticeBatch.Check(rows);
        // Batches awaited in turn, rather than Parallel.ForEachAsync, so every call stays on the grain's scheduler.
        var outcomes = new List<RegistrationOutcome>(valid.Count);
        foreach (var batch in valid.Chunk(Parallelism))
            outcomes.AddRange(await Task.WhenAll(batch.Select(v => GrainFactory.GetGrain<IPracticeGrain>(v.OdsCode).Register(v.Details, actor))));
        string[] Codes(RegistrationOutcome outcome) => valid.Where((_, i) => outcomes[i] == outcome).Select(v => v.OdsCode).ToArray();
        return new RegistrationReport(Codes(RegistrationOutcome.Created), Codes(RegistrationOutcome.Updated), Codes(RegistrationOutcome.Unchanged), refused);
    }

    public Task<RegistrationReport> RegisterCsv(string csv, Actor actor) => Register(PracticeCsv.Parse(csv), actor);
}
