using System.Diagnostics;

namespace GpSafetyHub.DevKit;

/// <summary>
/// A server started in a process of its own (by a benchmark or a test), waited for until it answers
/// its health address, and killed (with its children) when disposed.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Process Process => _process;

    public static async Task<ChildProcess> StartAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, Uri health, TimeSpan within)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var child = new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}."));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (child._process.HasExited) throw new InvalidOperationException($"{fileName} stopped before it answered:\n{child.Output}");
            try
            {
                if ((await http.GetAsync(health)).IsSuccessStatusCode) return child;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await child.DisposeAsync();
        throw new TimeoutException($"{fileName} did not answer {health} within {within}:\n{child.Output}");
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>
    /// Waits until the process has used under a tenth of a core over a whole second (a server
    /// done with the work queued behind its answers), for at most <paramref name="within"/>; returns how long that took.
    /// </summary>
    public async Task<TimeSpan> QuietAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            _process.Refresh();
            var before = _process.TotalProcessorTime;
            await Task.Delay(1000);
            _process.Refresh();
            if (_process.TotalProcessorTime - before < TimeSpan.FromMilliseconds(100)) return clock.Elapsed - TimeSpan.FromSeconds(1);
        }

        throw new TimeoutException($"The process was still busy {within} after its clients stopped.");
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM, as a deployment's orchestrator does) and waits for it to
    /// exit, for at most <paramref name="within"/>; false if it was still running then.
    /// </summary>
    public async Task<bool> StopAsync(TimeSpan within)
    {
        if (!_process.HasExited)
        {
            // .NET's Process.Kill only sends SIGKILL; kill(1) sends the signal a graceful stop needs.
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Kills the process (SIGKILL, as a crash) and its children; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private bool _disposed;
}
