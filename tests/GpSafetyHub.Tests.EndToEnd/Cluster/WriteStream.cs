using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd.Cluster;

/// <summary>
/// Writes driven through every running silo of a <see cref="SiloCluster"/> while silos are killed
/// or restarted: each practice (joining the programme if it has not) assesses its two hazards turn about;
/// the CSO function revises a draft hazard; each practice acknowledges a CAS alert. Every write the
/// hub acknowledged is recorded, so the test knows what must be there afterwards. A write whose
/// answer was lost (its silo died, or refused it while stopping) is tried again on another silo,
/// after reading what was stored: it may have landed.
/// </summary>
internal sealed class WriteStream(SiloCluster cluster, TestTokens tokens, string programme, string[] practices, string alert)
{
    private readonly ConcurrentDictionary<(string Ods, string Hazard), int> _assessedAtStep = new();
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new();
    private readonly ConcurrentDictionary<string, bool> _sentUnanswered = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _firstAnswerAfter = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private (int Revision, string Title) _revised;
    private int _writes;
    private int _failures;
    private TimeSpan? _disruptedAt;

    /// <summary>Acknowledged writes so far.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Writes that failed or whose answer was lost, and were tried again.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>What the last failure said, for a test that made no progress.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>
    /// Marks the moment a silo went: from here, how long each practice's first acknowledged write
    /// takes is recorded (its grains may have lived on the silo that went).
    /// </summary>
    public void Disrupted()
    {
        _firstAnswerAfter.Clear();
        _disruptedAt = _clock.Elapsed;
    }

    /// <summary>The longest any practice waited for an acknowledged write after <see cref="Disrupted"/>; null until all have had one.</summary>
    public TimeSpan? LongestTakeover => _firstAnswerAfter.Count == practices.Length ? _firstAnswerAfter.Values.Max() : null;

    /// <summary>Acknowledged writes of each practice since <see cref="Disrupted"/> (at least this many, for every practice).</summary>
    public int FewestWritesSinceDisruption => practices.Min(p => _sinceDisruption.GetValueOrDefault(p));

    private readonly ConcurrentDictionary<string, int> _sinceDisruption = new();

    /// <summary>Runs until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(practices.Select(ods => Task.Run(() => PracticeAsync(ods, stop))).Append(Task.Run(() => CsoAsync(stop))));

    private async Task PracticeAsync(string ods, CancellationToken stop)
    {
        var revisions = new Dictionary<string, int> { ["H-001"] = 0, ["H-002"] = 0 }; // each decision's, which its next change names
        var joined = false;
        var resync = true;
        for (var step = 0; !stop.IsCancellationRequested; step++)
        {
            var client = ClientFor(step, tokens.Practice(ods));
            try
            {
                if (resync)
                {
                    var view = await Localisation(client, ods);
                    joined = (string?)view["status"] != "NOT_JOINED";
                    foreach (var hazard in view["hazards"]!.AsArray())
                        revisions[(string)hazard!["hazard"]!["id"]!] = (int?)hazard["local"]?["revision"] ?? 0;
                    // An acknowledgement whose answer was lost may have landed; asking again would be refused.
                    if (!_acknowledged.ContainsKey(ods) && await HasAcknowledgedAsync(client, ods)) _sentUnanswered[ods] = true;
                    resync = false;
                }

                if (!joined)
                {
                    await client.JoinAsync(programme, ods);
                    joined = true;
                }
                else if (step % 7 == 3 && !_acknowledged.ContainsKey(ods) && !_sentUnanswered.ContainsKey(ods))
                {
                    await client.Data("mutation($r: ID!, $o: ID!) { acknowledgeCasAlert(reference: $r, odsCode: $o) { status } }", new { r = alert, o = ods });
                    _acknowledged[ods] = true;
                }
                else
                {
                    var hazard = step % 2 == 0 ? "H-001" : "H-002";
                    await client.Data("""
                        mutation($p: ID!, $o: ID!, $h: ID!, $rev: Int!, $why: String!) { assessHazard(programmeId: $p, odsCode: $o, hazardId: $h, expectedRevision: $rev,
                          decision: { applicable: false, rationale: $why }) { revision } }
                        """, new { p = programme, o = ods, h = hazard, rev = revisions[hazard], why = Rationale(ods, step) });
                    revisions[hazard]++;
                    _assessedAtStep[(ods, hazard)] = step;
                }

                Acknowledged(ods);
            }
            catch (Exception e) when (Lost(e, stop))
            {
                resync = true;
                await PauseAsync(stop);
            }
        }
    }

    private async Task CsoAsync(CancellationToken stop)
    {
        var revision = 1;
        var resync = true;
        for (var step = 0; !stop.IsCancellationRequested; step++)
        {
            var client = ClientFor(step, tokens.Default());
            try
            {
                if (resync)
                {
                    revision = (int)(await client.Data("query($p: ID!) { programme(id: $p) { hazards { id revision } } }", new { p = programme }))
                        ["programme"]!["hazards"]!.AsArray().Single(h => (string?)h!["id"] == "H-002")!["revision"]!;
                    resync = false;
                }

                var title = $"Note saved to the wrong patient (edit {step})";
                var answer = await client.Data(Requests.ReviseHazard, new { p = programme, id = "H-002", rev = revision, h = Requests.Hazard(title), why = $"Edit {step}" });
                revision = (int)answer["reviseHazard"]!["revision"]!;
                _revised = (revision, title);
                Interlocked.Increment(ref _writes);
                await Task.Delay(100, stop);
            }
            catch (Exception e) when (Lost(e, stop))
            {
                resync = true;
                await PauseAsync(stop);
            }
        }
    }

    private void Acknowledged(string ods)
    {
        Interlocked.Increment(ref _writes);
        if (_disruptedAt is { } at)
        {
            _firstAnswerAfter.TryAdd(ods, _clock.Elapsed - at);
            _sinceDisruption.AddOrUpdate(ods, 1, (_, n) => n + 1);
        }
    }

    /// <summary>A request that failed because a silo went (or a write raced one whose answer was lost): counted and tried again.</summary>
    private bool Lost(Exception e, CancellationToken stop)
    {
        if (stop.IsCancellationRequested) return true;
        if (e is HttpRequestException or TaskCanceledException or Xunit.Sdk.XunitException)
        {
            Interlocked.Increment(ref _failures);
            LastFailure = e.Message;
            return true;
        }

        return false;
    }

    /// <summary>A moment before trying again, without holding a thread-pool thread (the in-process hubs of other tests share the pool).</summary>
    private static async Task PauseAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(50, stop);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends on its own.
        }
    }

    /// <summary>A running silo, a different one for each step so writes spread over all of them.</summary>
    private GraphQLClient ClientFor(int step, string token)
    {
        var running = cluster.Running.ToArray();
        return cluster.Client(running[step % running.Length], token);
    }

    private static string Rationale(string ods, int step) => $"Not used at {ods} (step {step}).";

    private async Task<JsonNode> Localisation(GraphQLClient client, string ods) =>
        (await client.Data("query($p: ID!, $o: ID!) { localisation(programmeId: $p, odsCode: $o) { status hazards { hazard { id } local { revision rationale } } } }",
            new { p = programme, o = ods }))["localisation"]!;

    private async Task<bool> HasAcknowledgedAsync(GraphQLClient client, string ods) =>
        (await client.Data("query($r: ID!) { casAlert(reference: $r) { practices { odsCode acknowledged { at } } } }", new { r = alert }))
            ["casAlert"]!["practices"]!.AsArray().Any(p => (string?)p!["odsCode"] == ods && p["acknowledged"] is not null);

    /// <summary>Asserts that every acknowledged write is in the hub, read through <paramref name="client"/>.</summary>
    public async Task AssertAllPresentAsync(GraphQLClient client)
    {
        foreach (var ods in practices)
        {
            var view = await Localisation(client, ods);
            Assert.NotEqual("NOT_JOINED", (string?)view["status"]);
            foreach (var hazard in view["hazards"]!.AsArray())
            {
                var id = (string)hazard!["hazard"]!["id"]!;
                if (!_assessedAtStep.TryGetValue((ods, id), out var acked)) continue;
                // The newest acknowledged decision, or one sent after it whose answer was lost (it may have landed); never an older one.
                var stored = (string?)hazard["local"]?["rationale"];
                var storedStep = System.Text.RegularExpressions.Regex.Match(stored ?? "", @"\(step (\d+)\)") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
                Assert.True(storedStep >= acked && stored == Rationale(ods, storedStep), $"{ods} {id}: the last acknowledged decision was \"{Rationale(ods, acked)}\", the hub has \"{stored}\".");
            }
        }

        var alertPractices = (await client.Data("query($r: ID!) { casAlert(reference: $r) { practices { odsCode acknowledged { at } } } }", new { r = alert }))
            ["casAlert"]!["practices"]!.AsArray();
        foreach (var ods in _acknowledged.Keys)
            Assert.NotNull(alertPractices.Single(p => (string?)p!["odsCode"] == ods)!["acknowledged"]);

        var (revision, title) = _revised;
        var hazardNow = (await client.Data("query($p: ID!) { programme(id: $p) { hazards { id revision title } } }", new { p = programme }))
            ["programme"]!["hazards"]!.AsArray().Single(h => (string?)h!["id"] == "H-002")!;
        Assert.True((int)hazardNow["revision"]! > revision || (string?)hazardNow["title"] == title,
            $"The draft hazard: acknowledged revision {revision} (\"{title}\"), stored {hazardNow["revision"]} (\"{hazardNow["title"]}\").");
    }
}
