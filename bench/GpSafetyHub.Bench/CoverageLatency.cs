using GpSafetyHub.Coverage;
using GpSafetyHub.Grains.ReadModels;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Risk;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Bench;

/// <summary>
/// How long ICB and national coverage take for an ICB of P practices × N programmes: loading the
/// ICB's read model from table storage (what an ICB grain does when it activates), and working out
/// coverage from the rows held in memory (what every coverage query does), for one ICB and for a
/// national roll-up over 42 such ICBs.
/// </summary>
internal static class CoverageLatency
{
    public static async Task<int> RunAsync(int practices, int programmes)
    {
        await using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        var tables = new HubTables(Options.Create(new HubStorageOptions { ConnectionString = azurite.ConnectionString }));
        await tables.CreateIfMissingAsync(CancellationToken.None);
        var store = new ReadModelStore(tables);
        var today = new DateOnly(2026, 11, 23);
        var random = new Random(42);
        var programmeIds = Enumerable.Range(1, programmes).Select(p => $"programme-{p:D2}").ToArray();
        var versions = programmeIds.ToDictionary(p => p, _ => (int?)random.Next(1, 4));

        var rows = Enumerable.Range(0, practices).Select(i => Practice($"Q{i:D5}", programmeIds, versions, random, today)).ToArray();
        foreach (var row in rows) await store.WriteAsync("icb/BENCH", row.OdsCode, row, CancellationToken.None);

        var load = Timing.Measure(10, () => store.LoadAsync<PracticeCoverage>("icb/BENCH", CancellationToken.None).GetAwaiter().GetResult());
        var icb = Timing.Measure(50, () => IcbCoverage.Compute("BENCH", rows, versions, today));
        var national = Timing.Measure(10, () => IcbCoverage.Combine("ENGLAND", Enumerable.Range(0, 42).Select(n => IcbCoverage.Compute($"I{n:D2}", rows, versions, today)).ToArray()));

        Console.WriteLine($"| ICB of {practices} practices × {programmes} programmes ({practices * programmes:N0} rows) | median | 95th percentile |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| load the ICB read model from table storage (grain activation) | {load.Median:F1} ms | {load.P95:F1} ms |");
        Console.WriteLine($"| coverage for the ICB (every coverage query) | {icb.Median:F1} ms | {icb.P95:F1} ms |");
        Console.WriteLine($"| national roll-up over 42 such ICBs (computed in one process) | {national.Median:F1} ms | {national.P95:F1} ms |");
        return 0;
    }

    private static PracticeCoverage Practice(string ods, string[] programmes, Dictionary<string, int?> versions, Random random, DateOnly today)
    {
        var practice = new PracticeView(ods, Samples.Practice($"Practice {ods}"), DateTimeOffset.UnixEpoch, 1);
        var grid = RiskGrid.Count(Enumerable.Range(0, 8).Select(_ => new RiskAssessment((Severity)random.Next(1, 6), (Likelihood)random.Next(1, 6), null)));
        var localisations = programmes.Select(p => new LocalisationSummary(
            p, ods, random.Next(5, 80), today.AddYears(1), null, random.Next(2) == 0, today.AddMonths(random.Next(-2, 12)),
            versions[p], random.Next(3) == 0 ? null : random.Next(1, versions[p]!.Value + 1), false, true, random.Next(5, 40), random.Next(0, 5), random.Next(1, 6))
        {
            SopRecorded = true, ProgrammeResidualGrid = grid, LocalResidualGrid = grid,
        }).ToArray();
        return PracticeCoverage.Of(practice, localisations);
    }
}
