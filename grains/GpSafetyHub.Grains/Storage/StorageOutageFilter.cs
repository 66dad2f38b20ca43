using System.Net.Sockets;
using Azure;
using GpSafetyHub.Errors;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Turns storage failures inside any grain call into the hub's typed errors instead of internal
/// faults, on both sides of a call: inside the grain, and at the caller, which alone sees a grain
/// that could not be activated because its state could not be read: an outage into <see cref="StorageUnavailableException"/> (retryable, 503), and Orleans'
/// grain storage refusing state larger than one table entity holds (checked before it writes) into
/// <see cref="StorageLimitExceededException"/>. Refusals and conflicts pass through untouched.
/// </summary>
internal sealed partial class StorageOutageFilter(ILogger<StorageOutageFilter> logger) : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context) => GuardAsync(context);

    public Task Invoke(IOutgoingGrainCallContext context) => GuardAsync(context);

    private async Task GuardAsync(IGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (e is not HubException && IsOutage(e))
        {
            LogOutage(logger, context.InterfaceMethod?.Name ?? "(call)", context.TargetId.ToString(), e.Message);
            throw new StorageUnavailableException();
        }
        catch (Exception e) when (e is not HubException && IsStateTooLarge(e))
        {
            throw new StorageLimitExceededException(
                $"The change would make the stored state of {context.TargetId} larger than one stored record may hold; nothing was saved.");
        }
    }

    /// <summary>Whether the failure is storage not answering (no response, a server-side error, a dropped connection), anywhere in its causes.</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException r => r.Status is 0 or >= 500 || (r.InnerException is { } inner && IsOutage(inner)),
        HttpRequestException or SocketException or IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => exception.InnerException is { } cause && IsOutage(cause),
    };

    /// <summary>
    /// Whether Orleans' Azure Table grain storage refused the state as too large for one entity: it
    /// checks the serialised size before it writes, and reports it as an out-of-range data size.
    /// </summary>
    public static bool IsStateTooLarge(Exception exception) => exception switch
    {
        ArgumentOutOfRangeException { ParamName: "dataSize" } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsStateTooLarge),
        _ => exception.InnerException is { } cause && IsStateTooLarge(cause),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage did not answer during {Method} on {Grain}; the caller is told to retry: {Reason}")]
    private static partial void LogOutage(ILogger logger, string method, string grain, string reason);
}
