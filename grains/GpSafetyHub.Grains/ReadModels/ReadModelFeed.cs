using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.ReadModels;

/// <summary>
/// Keeps read models told of one grain's latest state. Each target (a directory, an ICB estate, a
/// programme's localisations) holds at most one pending update, the newest; an update that fails
/// is retried on a grain timer until it lands, so a read model cannot silently fall behind. Read
/// models ignore updates older than what they hold, so retries and repeats are harmless.
/// </summary>
internal sealed partial class ReadModelFeed(Grain owner, ILogger logger)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(15);
    private readonly Dictionary<string, Func<Task>> _pending = new(StringComparer.Ordinal);
    private IGrainTimer? _retry;

    /// <summary>Sends <paramref name="update"/> to <paramref name="target"/> now, replacing any update still pending for it.</summary>
    public void Send(string target, Func<Task> update) => _ = SendAsync(target, update);

    /// <summary>
    /// As <see cref="Send"/>, but completes once the first attempt has landed or failed, for a
    /// caller that should not answer before its read model has the change when it can.
    /// </summary>
    public Task SendAsync(string target, Func<Task> update)
    {
        _pending[target] = update;
        return TrySendAsync(target, update);
    }

    private async Task TrySendAsync(string target, Func<Task> update)
    {
        try
        {
            await update();
            if (_pending.TryGetValue(target, out var current) && current == update) _pending.Remove(target);
        }
        catch (Exception e)
        {
            LogUpdateFailed(logger, target, e);
        }

        if (_pending.Count == 0)
        {
            _retry?.Dispose();
            _retry = null;
        }
        // KeepAlive: a pending update must not be lost to the grain going idle. Interleave: a
        // read model that hangs must not block the grain's own requests meanwhile.
        else _retry ??= owner.RegisterGrainTimer(RetryAllAsync, new GrainTimerCreationOptions(RetryEvery, RetryEvery) { KeepAlive = true, Interleave = true });
    }

    private Task RetryAllAsync() => Task.WhenAll(_pending.ToArray().Select(p => TrySendAsync(p.Key, p.Value)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update read model {Target}; will retry")]
    private static partial void LogUpdateFailed(ILogger logger, string target, Exception exception);
}
