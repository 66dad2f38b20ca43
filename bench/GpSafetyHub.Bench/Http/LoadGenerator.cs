using System.Diagnostics;
using System.Net.Http.Headers;

namespace GpSafetyHub.Bench.Http;

/// <summary>What one load run measured: requests answered, over how long, latency percentiles, and any failures.</summary>
internal sealed record LoadResult(int Requests, double Seconds, double P50Ms, double P99Ms, int Failures)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// A closed-loop HTTP load generator: <c>connections</c> workers, each sending the same POST and
/// waiting for the whole answer before the next, for a bounded time after a warm-up (and never
/// more than a bounded count). The one generator drives the hub and its baselines alike, so their
/// ratio compares servers, not tools.
/// </summary>
internal static class LoadGenerator
{
    private const int MaxRequestsPerRun = 2_000_000;

    public static async Task<LoadResult> RunAsync(Uri url, string? token, byte[] body, int connections, TimeSpan warmUp, TimeSpan measure)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await LoopAsync(http, url, token, body, connections, warmUp, null);
        var latencies = new List<double>[connections];
        var clock = Stopwatch.StartNew();
        var failures = await LoopAsync(http, url, token, body, connections, measure, latencies);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, seconds, Percentile(all, 50), Percentile(all, 99), failures);
    }

    private static async Task<int> LoopAsync(HttpClient http, Uri url, string? token, byte[] body, int connections, TimeSpan duration, List<double>[]? latencies)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var mine = new List<double>();
            if (latencies is not null) latencies[worker] = mine;
            for (var n = 0; n < MaxRequestsPerRun / connections && Stopwatch.GetTimestamp() < until; n++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        return failures;
    }

    private static double Percentile(double[] sorted, int percent) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
