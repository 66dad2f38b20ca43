using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GpSafetyHub.Bench.England;
using GpSafetyHub.Bench.Http;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Bench;

/// <summary>
/// The full England estate through the hub, in one run: the hub (the silo in a process of its
/// own, on an Azurite and a MailDev the benchmark starts) loaded through its API with
/// <see cref="EnglandPlan"/>; how long loading took; how long the read models took to show the
/// figures the plan implies after the last acknowledged write; warm national figures; the silo's
/// memory with everything active; the reminder scan and its sending against a bare MailKit loop
/// (<see cref="ReminderDelivery"/>); and a cold restart after SIGKILL to the first national answer.
/// </summary>
internal static class EnglandScale
{
    private const string National = "{ nationalCoverage { total { practices totalRows programmes { programmeId joined signedOffCurrent stale notStarted } } icbs { icbCode practices } } }";

    public static async Task<int> RunAsync(int practices, int localisations, int parallelism)
    {
        var plan = EnglandPlan.Of(practices, icbs: 42, programmes: 30, hazards: 60, localisations);
        var sizes = plan.Icbs.Select(i => i.Practices).Order().ToArray();
        var states = string.Join(", ", Enum.GetValues<PlannedState>().Select(s => string.Create(CultureInfo.InvariantCulture, $"{plan.Count(s):N0} {s}")));
        Console.WriteLine(FormattableString.Invariant(
            $"Plan: {plan.Practices.Count:N0} practices in {plan.Icbs.Count} ICBs (smallest {sizes[0]}, median {sizes[sizes.Length / 2]}, largest {sizes[^1]}), {plan.Programmes} programmes of {plan.Hazards} hazards, {plan.Localisations.Count:N0} localisations: {states}"));

        await using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        await using var mailDev = new MailDevServer();
        await mailDev.StartAsync();
        var work = Directory.CreateTempSubdirectory("hub-england-").FullName;
        var auth = new HubAuthOptions { DevTokens = { Enabled = true, KeyFile = Path.Combine(work, "dev-token.key") } };
        var admin = DevTokens.Mint(auth, "bench", "Bench runner", ["cso", "national", "admin"], [$"{Caller.FunctionPrefix}Bench CSU Clinical Safety"], "Bench", TimeSpan.FromHours(6));
        var hubUri = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var gatewayPort = FreePort.Next();
        var hub = await HubServer.StartAsync(azurite.ConnectionString, auth.DevTokens.KeyFile, hubUri, mailDev.SmtpPort, gatewayPort);
        await using var stopHub = hub;
        using var client = new HubClient(hubUri, admin);
        var summary = new List<string>();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var loading = Stopwatch.StartNew();
        var phases = await new EnglandLoader(client, auth, parallelism).LoadAsync(plan, today);
        loading.Stop();
        var lastWrite = Stopwatch.StartNew();
        Console.WriteLine();
        Console.WriteLine($"| loading phase ({parallelism} clients) | writes | time | writes/s |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (phase, took, writes) in phases)
            Console.WriteLine(FormattableString.Invariant($"| {phase} | {writes:N0} | {took.TotalSeconds:F1} s | {writes / took.TotalSeconds:F0} |"));
        summary.Add(FormattableString.Invariant($"loading the estate through the API: {loading.Elapsed.TotalSeconds:F0} s ({phases.Sum(p => p.Writes):N0} requests)"));

        // Caught up: the national figures are exactly what the plan implies.
        string? differs;
        while ((differs = Differences(plan, await client.DataAsync(National))) is not null)
        {
            if (lastWrite.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"The national figures still differ from the plan 2 minutes after the last write: {differs}");
            await Task.Delay(50);
        }

        var caughtUp = lastWrite.Elapsed;
        var sinceLocalisations = caughtUp + phases[^1].Took;
        summary.Add(FormattableString.Invariant(
            $"read models caught up (national figures match the plan) {caughtUp.TotalSeconds:F2} s after the last acknowledged write, {sinceLocalisations.TotalSeconds:F2} s after the last localisation write"));

        var warm = await LoadGenerator.RunAsync(new Uri(hubUri, "graphql"), admin, HubClient.Body(National), 1, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
        summary.Add(FormattableString.Invariant($"nationalCoverage warm, 1 connection: p50 {warm.P50Ms:F2} ms, p99 {warm.P99Ms:F2} ms ({warm.Requests:N0} requests)"));

        hub.Process.Refresh();
        summary.Add(FormattableString.Invariant($"silo working set with the estate loaded and active: {hub.Process.WorkingSet64 / 1024.0 / 1024.0:F0} MiB"));

        var loader = new EnglandLoader(client, auth, parallelism);
        await loader.RecordAlertsAsync(plan, today);
        summary.AddRange(await ReminderDelivery.RunAsync(gatewayPort, azurite.ConnectionString, mailDev));
        hub.Process.Refresh();
        summary.Add(FormattableString.Invariant($"silo working set after the reminder scan: {hub.Process.WorkingSet64 / 1024.0 / 1024.0:F0} MiB"));

        var (restarted, healthy, answered, answer) = await HubServer.KillAndRestartAsync(hub, azurite.ConnectionString, auth.DevTokens.KeyFile, hubUri, admin, National);
        await using var stopRestarted = restarted;
        summary.Add(FormattableString.Invariant(
            $"cold start after a kill: healthy in {healthy.TotalSeconds:F1} s, first national answer {answered.TotalSeconds:F1} s after the process started ({(Differences(plan, answer) is { } d ? "differs from the plan: " + d : "matches the plan")})"));

        Console.WriteLine();
        foreach (var line in summary) Console.WriteLine(line);
        return 0;
    }

    /// <summary>What in the national answer differs from the figures the plan implies, or null when nothing does.</summary>
    private static string? Differences(EnglandPlan plan, JsonNode data)
    {
        var total = data["nationalCoverage"]!["total"]!;
        var programmes = total["programmes"]!.AsArray();
        int Sum(string field) => programmes.Sum(p => (int)p![field]!);
        var expected = new (string Name, int Want, int Got)[]
        {
            ("practices", plan.Practices.Count, (int)total["practices"]!),
            ("ICBs", plan.Icbs.Count, data["nationalCoverage"]!["icbs"]!.AsArray().Count),
            ("rows", plan.Localisations.Count, (int)total["totalRows"]!),
            ("joined (MoU active)", plan.Localisations.Count - plan.Count(PlannedState.Left), Sum("joined")),
            ("signed off at the current version", plan.Count(PlannedState.SignedOff), Sum("signedOffCurrent")),
            ("stale", plan.Count(PlannedState.Stale), Sum("stale")),
            ("not started", plan.Count(PlannedState.Joined), Sum("notStarted")),
        };
        var wrong = expected.Where(e => e.Want != e.Got).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.Got} (plan {e.Want})")).ToArray();
        return wrong.Length == 0 ? null : string.Join(", ", wrong);
    }
}
