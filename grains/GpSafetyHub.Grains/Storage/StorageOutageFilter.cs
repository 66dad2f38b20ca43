using System.Net.Sockets;
using Azure;
using GpSafetyHub.Errors;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Turns a storage outage inside any grain call into <see cref="StorageUnavailableException"/>, a
/// typed error the API reports as retryable (503), instead of an internal fault. Refusals and
/// conflicts pass through untouched.
/// </summary>
internal sealed partial class StorageOutageFilter(ILogger<StorageOutageFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
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
    }

    /// <summary>Whether the failure is storage not answering (no response, a server-side error, a dropped connection), anywhere in its causes.</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException r => r.Status is 0 or >= 500 || (r.InnerException is { } inner && IsOutage(inner)),
        HttpRequestException or SocketException or IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => exception.InnerException is { } cause && IsOutage(cause),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage did not answer during {Method} on {Grain}; the caller is told to retry: {Reason}")]
    private static partial void LogOutage(ILogger logger, string method, string grain, string reason);
}
