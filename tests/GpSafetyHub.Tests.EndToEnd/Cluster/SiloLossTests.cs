using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;
using Xunit.Abstractions;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd.Cluster;

/// <summary>
/// Three silo processes as one hub, on one Azurite: writes through all of them while one is killed
/// (SIGKILL) or each is restarted in turn, and afterwards everything acknowledged is there, the ICB's
/// read model agrees with a rebuild and no e-mail went twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloLossTests(ClusterServicesFixture services, ITestOutputHelper output)
{
    private const string Icb = "QKL";

    [Fact]
    public async Task When_a_silo_is_killed_mid_stream_nothing_acknowledged_is_lost_and_the_others_take_over()
    {
        await using var cluster = await SiloCluster.StartAsync(services.Azurite, services.MailDev, services.Tokens, silos: 3);
        var (stream, practices) = await EstateAsync(cluster, "kill");

        using var stop = new CancellationTokenSource();
        var writing = stream.RunAsync(stop.Token);
        // Killed part-way through real work: once writes have landed and every alert notice has gone.
        await UntilAsync(() => stream.Writes >= 40, stream, "40 acknowledged writes");
        await NoticesAsync(cluster, practices, "kill");
        await cluster.KillAsync(2);
        stream.Disrupted();

        await UntilAsync(() => stream.FewestWritesSinceDisruption >= 5, stream, "5 acknowledged writes of every practice after the kill");
        stop.Cancel();
        await writing;
        var takeover = stream.LongestTakeover!.Value;
        output.WriteLine($"{stream.Writes} writes acknowledged, {stream.Failures} tried again; the slowest practice's first write after the kill was acknowledged {takeover.TotalSeconds:F1} s after it.");
        Assert.True(takeover < TimeSpan.FromSeconds(60), $"A practice waited {takeover.TotalSeconds:F1} s for its grains to answer from a surviving silo.");

        var survivor = cluster.Client(0, services.Tokens.Default());
        await stream.AssertAllPresentAsync(survivor);
        // Both survivors saw the silo die; the read models were repaired once: the one ICB's coverage rebuilt once.
        await Eventually.Get(() => cluster.MetricAsync("hub_readmodels_repaired_total"), n => n >= 1, timeoutSeconds: 60, what: "The repair after the silo loss");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await cluster.MetricAsync("hub_readmodels_repaired_total"));
        await AssertReadModelConvergesToRebuildAsync(survivor, practices);
        await AssertEachNoticeSentOnceAsync(practices, "kill");
    }

    [Fact]
    public async Task A_rolling_restart_under_load_loses_nothing()
    {
        await using var cluster = await SiloCluster.StartAsync(services.Azurite, services.MailDev, services.Tokens, silos: 3);
        var (stream, practices) = await EstateAsync(cluster, "roll");

        using var stop = new CancellationTokenSource();
        var writing = stream.RunAsync(stop.Token);
        await UntilAsync(() => stream.Writes >= 30, stream, "30 acknowledged writes");
        await NoticesAsync(cluster, practices, "roll");
        for (var silo = 0; silo < cluster.Count; silo++)
        {
            var took = await cluster.StopAsync(silo);
            stream.Disrupted();
            await cluster.StartSiloAsync(silo);
            await UntilAsync(() => stream.FewestWritesSinceDisruption >= 3, stream, $"3 acknowledged writes of every practice after silo {silo} restarted");
            output.WriteLine($"Silo {silo} stopped gracefully in {took.TotalSeconds:F1} s; the slowest practice's next write was acknowledged {stream.LongestTakeover!.Value.TotalSeconds:F1} s after it stopped.");
        }

        stop.Cancel();
        await writing;
        output.WriteLine($"{stream.Writes} writes acknowledged, {stream.Failures} tried again.");

        var client = cluster.Client(1, services.Tokens.Default());
        await stream.AssertAllPresentAsync(client);
        await AssertReadModelConvergesToRebuildAsync(client, practices);
        await AssertEachNoticeSentOnceAsync(practices, "roll");
    }

    /// <summary>Six practices of the ICB alerted about one programme (see <see cref="AlertedEstate"/>), and a stream of writes about it.</summary>
    private async Task<(WriteStream Stream, string[] Practices)> EstateAsync(SiloCluster cluster, string tag)
    {
        var practices = Enumerable.Range(1, 6).Select(i => $"K{10000 + i}").ToArray();
        var (programme, alert) = await AlertedEstate.CreateAsync(cluster.Client(0, services.Tokens.Default()), Icb, practices, ods => CasContact(ods, tag), tag);
        return (new WriteStream(cluster, services.Tokens, programme, practices, alert), practices);
    }

    private static string CasContact(string ods, string tag) => $"cas.{ods.ToLowerInvariant()}.{tag}@nhs.net";

    /// <summary>Waits until every practice's CAS contact has the alert's issued notice.</summary>
    private async Task NoticesAsync(SiloCluster cluster, string[] practices, string tag)
    {
        try
        {
            await Eventually.Get(async () => await Task.WhenAll(practices.Select(p => services.MailDev.InboxOfAsync(CasContact(p, tag)))),
                inboxes => inboxes.All(i => i.Count > 0), timeoutSeconds: 60, what: "Every practice's issued notice");
        }
        catch (TimeoutException e)
        {
            var missing = new List<string>();
            foreach (var p in practices) if ((await services.MailDev.InboxOfAsync(CasContact(p, tag))).Count == 0) missing.Add(p);
            throw new TimeoutException($"No issued notice reached {string.Join(", ", missing)}; the silos said:\n"
                + string.Join("\n", cluster.Running.Select(i => $"[silo {i}]\n{cluster.Output(i)}")), e);
        }
    }

    /// <summary>Three silos have each fired the alert job several times since: still one notice per contact.</summary>
    private async Task AssertEachNoticeSentOnceAsync(string[] practices, string tag)
    {
        await Task.Delay(TimeSpan.FromSeconds(6));
        foreach (var ods in practices) Assert.Single(await services.MailDev.InboxOfAsync(CasContact(ods, tag)));
    }

    /// <summary>
    /// The ICB's coverage, fed incrementally, comes to show every practice joined with both hazards
    /// assessed (what the stream did, known without the hub), and a rebuild from the localisations changes nothing.
    /// </summary>
    private static async Task AssertReadModelConvergesToRebuildAsync(GraphQLClient client, string[] practices)
    {
        const string Rows = "query($icb: ID!) { icbCoverage(icb: $icb, first: 100) { rows { odsCode programmeId status sop applicableHazards notAssessedHazards } } }";
        var incremental = await Eventually.Get(
            async () => (await client.Data(Rows, new { icb = Icb }))["icbCoverage"]!["rows"]!.ToJsonString(),
            rows => practices.All(p => JsonNode.Parse(rows)!.AsArray().Any(r => (string?)r!["odsCode"] == p && (int?)r["notAssessedHazards"] == 0)),
            timeoutSeconds: 60, what: "The ICB's coverage showing every practice's assessments");
        Assert.Equal(practices.Length, JsonNode.Parse(incremental)!.AsArray().Count);
        await client.Data("mutation($icb: ID!) { rebuildIcbCoverage(icb: $icb) }", new { icb = Icb });
        Assert.Equal(incremental, (await client.Data(Rows, new { icb = Icb }))["icbCoverage"]!["rows"]!.ToJsonString());
    }

    private static Task UntilAsync(Func<bool> done, WriteStream stream, string what) =>
        Eventually.Get(() => Task.FromResult((Done: done(), Writes: stream.Writes, Failed: stream.Failures, Last: stream.LastFailure)), s => s.Done,
            timeoutSeconds: 120, what: what);
}
