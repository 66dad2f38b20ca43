using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace GpSafetyHub.DevKit;

/// <summary>
/// A Node.js server from tools/node_modules run as a child process: started, waited for until it
/// accepts connections, and stopped by its own process id. Fails loudly if it cannot start.
/// </summary>
public abstract class NodeServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _output = new();
    private Process? _process;

    protected abstract string Name { get; }

    /// <summary>The port that accepts connections once the server is ready.</summary>
    protected abstract int ReadyPort { get; }

    protected abstract IEnumerable<string> Arguments();

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        if (IsRunning) throw new InvalidOperationException($"{Name} is already running.");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in Arguments()) start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name} (is Node.js installed?).");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting:\n{Output}");
            if (await AcceptsConnections(ReadyPort)) return;
            await Task.Delay(100);
        }

        await StopAsync();
        throw new TimeoutException($"{Name} did not accept connections on port {ReadyPort} within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>Stops the server (SIGINT first, so it can flush, then a kill) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            Interrupt(_process.Id);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    private string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static async Task<bool> AcceptsConnections(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Interrupt(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
    }
}
