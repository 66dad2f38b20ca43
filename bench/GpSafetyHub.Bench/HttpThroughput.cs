using System.Diagnostics;
using System.Globalization;
using GpSafetyHub.Bench.Http;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Bench;

/// <summary>
/// The hub's reads against the limit, in one run: the hub (the silo in a process of its own, on an
/// Azurite the benchmark starts) loaded through its API with an ICB of P practices × N programmes,
/// its answers to riskMatrix and icbCoverage (first page of 50, per-programme figures and grids)
/// captured, and a minimal Kestrel app (also a process of its own) replaying those bytes. The same
/// closed-loop generator drives both, baseline then hub, R times each; each figure is printed with
/// its baseline and the ratio, and the CPU each server spent per request. Then durable writes
/// through the API against raw transactions of the same shape (<see cref="WriteThroughput"/>).
/// </summary>
internal static class HttpThroughput
{
    private const string RiskMatrix = "{ riskMatrix { cells { likelihood severity rating } ratings { value acceptability needsJustification } } }";

    private const string IcbCoverage = """
        query($icb: ID!) { icbCoverage(icb: $icb, first: 50) {
          icbCode practices totalRows practicesWithNoProgramme programmeResidualGrid localResidualGrid
          programmes { programmeId joined signedOffCurrent stale notStarted overdue }
          rows { odsCode practiceName pcnCode programmeId status versionsBehind mou sop applicableHazards notAssessedHazards highestLocalResidualRating nextReviewDate overdue } } }
        """;

    public static async Task<int> RunAsync(int practices, int programmes, int runs, int seconds)
    {
        await using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        var work = Directory.CreateTempSubdirectory("hub-bench-").FullName;
        var auth = new HubAuthOptions { DevTokens = { Enabled = true, KeyFile = Path.Combine(work, "dev-token.key") } };
        var admin = DevTokens.Mint(auth, "bench", "Bench runner", ["cso", "national", "admin"], [$"{Caller.FunctionPrefix}Bench CSU Clinical Safety"], "Bench", TimeSpan.FromHours(6));
        var icb = DevTokens.Mint(auth, "bench-icb", "Bench ICB analyst", ["icb"], [EstateSeeder.Icb], "Bench", TimeSpan.FromHours(6));

        var hubUri = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var hub = await HubServer.StartAsync(azurite.ConnectionString, auth.DevTokens.KeyFile, hubUri);
        await using var stopHub = hub;

        using var client = new HubClient(hubUri, admin);
        var seeding = Stopwatch.StartNew();
        await EstateSeeder.SeedAsync(client, practices, programmes, hazards: 10, parallelism: 8);
        var rows = practices * programmes;
        for (var i = 0; i < 600; i++)
        {
            var total = (int)(await client.DataAsync("query($icb: ID!) { icbCoverage(icb: $icb, first: 1) { totalRows } }", new { icb = EstateSeeder.Icb }))["icbCoverage"]!["totalRows"]!;
            if (total == rows) break;
            if (i == 599) throw new TimeoutException($"The ICB's coverage showed {total} of {rows} rows after a minute.");
            await Task.Delay(100);
        }

        // The reads are measured once the read models have caught up with the joins, not while they are still applying them.
        var quiet = await hub.QuietAsync(TimeSpan.FromMinutes(3));
        Console.WriteLine($"Seeded through the API: {programmes} programmes of 10 hazards, {practices} practices in ICB {EstateSeeder.Icb}, {rows:N0} joins, in {seeding.Elapsed.TotalSeconds:F0} s; the silo was busy {quiet.TotalSeconds:F1} s more.");

        var scenarios = new (string Name, byte[] Body, int Connections)[]
        {
            ("riskMatrix", HubClient.Body(RiskMatrix), 8),
            ("icbCoverage", HubClient.Body(IcbCoverage, new { icb = EstateSeeder.Icb }), 8),
            ("icbCoverage", HubClient.Body(IcbCoverage, new { icb = EstateSeeder.Icb }), 32),
        };
        using var asIcb = new HubClient(hubUri, icb);
        var answers = Path.Combine(work, "answers");
        Directory.CreateDirectory(answers);
        foreach (var (name, body, _) in scenarios.DistinctBy(s => s.Name))
        {
            var bytes = await asIcb.RawAsync(body);
            if (!bytes.AsSpan().StartsWith("{\"data\""u8)) throw new InvalidOperationException($"{name} answered {System.Text.Encoding.UTF8.GetString(bytes)}");
            await File.WriteAllBytesAsync(Path.Combine(answers, $"{name}.json"), bytes);
            Console.WriteLine($"{name}: {bytes.Length:N0} bytes captured.");
        }

        var baselineUri = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        await using var baseline = await ChildProcess.StartAsync(Environment.ProcessPath!, ["serve-bytes", baselineUri.Port.ToString(CultureInfo.InvariantCulture), answers],
            new Dictionary<string, string>(), new Uri(baselineUri, "health"), TimeSpan.FromSeconds(30));

        Console.WriteLine();
        Console.WriteLine("| request | connections | run | baseline req/s | hub req/s | ratio | hub p50 / p99 ms | baseline p99 ms | CPU µs per request, hub / baseline |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var summary = new List<string>();
        foreach (var (name, body, connections) in scenarios)
        {
            var ratios = new List<double>();
            var p99s = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                var (b, bCpu) = await MeasureAsync(baseline.Process, () => LoadGenerator.RunAsync(new Uri(baselineUri, name), null, body, connections, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(seconds)));
                var (h, hCpu) = await MeasureAsync(hub.Process, () => LoadGenerator.RunAsync(new Uri(hubUri, "graphql"), icb, body, connections, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(seconds)));
                if (h.Failures + b.Failures > 0) throw new InvalidOperationException($"{name}: {h.Failures} hub and {b.Failures} baseline requests failed.");
                var ratio = h.PerSecond / b.PerSecond;
                ratios.Add(ratio);
                p99s.Add(h.P99Ms);
                Console.WriteLine(FormattableString.Invariant(
                    $"| {name} | {connections} | {run} | {b.PerSecond:N0} | {h.PerSecond:N0} | {ratio:P1} | {h.P50Ms:F2} / {h.P99Ms:F2} | {b.P99Ms:F2} | {hCpu / h.Requests:F0} / {bCpu / b.Requests:F0} |"));
            }

            ratios.Sort();
            p99s.Sort();
            summary.Add(FormattableString.Invariant(
                $"{name} at {connections} connections: hub/baseline throughput min {ratios[0]:P1}, median {ratios[ratios.Count / 2]:P1}, max {ratios[^1]:P1}; hub p99 median {p99s[p99s.Count / 2]:F1} ms"));
        }

        // Warm national figures (this estate is one ICB), before any write makes the ICB work its coverage out again.
        const string NationalQuery = "{ nationalCoverage { total { practices totalRows programmes { programmeId joined signedOffCurrent stale } } icbs { icbCode practices totalRows } } }";
        var national = HubClient.Body(NationalQuery);
        var warm = await LoadGenerator.RunAsync(new Uri(hubUri, "graphql"), admin, national, 1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(seconds));
        summary.Add(FormattableString.Invariant($"nationalCoverage warm, 1 connection: p50 {warm.P50Ms:F2} ms, p99 {warm.P99Ms:F2} ms"));

        Console.WriteLine();
        Console.WriteLine("| durable writes, 8 clients | run | raw transactions/s | hub acknowledged writes/s | ratio | silo busy after the last write, s | change row / snapshot bytes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var writeRatios = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var (hubWrites, busyAfter, rawWrites, eventBytes, snapshotBytes) = await WriteThroughput.RunAsync(
                ods => new HubClient(hubUri, DevTokens.Mint(auth, $"bench-{ods}", $"Bench {ods} manager", ["practice"], [ods], "Bench", TimeSpan.FromHours(1))),
                () => hub.QuietAsync(TimeSpan.FromMinutes(3)), azurite.ConnectionString, clients: 8, TimeSpan.FromSeconds(seconds * 2), run);
            writeRatios.Add(hubWrites / rawWrites);
            Console.WriteLine(FormattableString.Invariant($"| assessHazard | {run} | {rawWrites:N0} | {hubWrites:N0} | {hubWrites / rawWrites:F2}× | {busyAfter.TotalSeconds:F1} | {eventBytes:N0} / {snapshotBytes:N0} |"));
        }

        writeRatios.Sort();
        summary.Add(FormattableString.Invariant($"durable writes at 8 clients: hub/raw min {writeRatios[0]:F2}×, median {writeRatios[writeRatios.Count / 2]:F2}×, max {writeRatios[^1]:F2}×"));

        // The silo's memory with everything loaded, and a cold start after a crash.
        hub.Process.Refresh();
        summary.Add(FormattableString.Invariant($"silo working set with the estate loaded: {hub.Process.WorkingSet64 / 1024.0 / 1024.0:F0} MiB"));
        var (restarted, healthy, answered, answer) = await HubServer.KillAndRestartAsync(hub, azurite.ConnectionString, auth.DevTokens.KeyFile, hubUri, admin, NationalQuery);
        await using var stopRestarted = restarted;
        summary.Add(FormattableString.Invariant(
            $"cold start after a kill: healthy in {healthy.TotalSeconds:F1} s, first national answer ({(int)answer["nationalCoverage"]!["total"]!["totalRows"]!:N0} rows) {answered.TotalSeconds:F1} s after the process started"));

        Console.WriteLine();
        foreach (var line in summary) Console.WriteLine(line);
        return 0;
    }

    /// <summary>The run's result, and the CPU the server process spent during it (µs).</summary>
    private static async Task<(LoadResult Result, double CpuMicroseconds)> MeasureAsync(Process server, Func<Task<LoadResult>> run)
    {
        server.Refresh();
        var before = server.TotalProcessorTime;
        var result = await run();
        server.Refresh();
        return (result, (server.TotalProcessorTime - before).TotalMicroseconds);
    }
}
