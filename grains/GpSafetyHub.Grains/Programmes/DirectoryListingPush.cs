using GpSafetyHub.Programmes;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Grains.Programmes;

/// <summary>
/// Keeps the programme directory told of one programme's latest listing. A push that fails is
/// retried on a timer until it lands, so the directory cannot silently fall behind; only the newest
/// listing is kept, and the directory ignores older ones, so retries are harmless.
/// </summary>
internal sealed partial class DirectoryListingPush(Grain owner, IGrainFactory grains, ILogger logger)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(15);
    private ProgrammeListing? _pending;
    private IGrainTimer? _retry;

    public void Push(ProgrammeListing listing)
    {
        _pending = listing;
        _ = TrySendAsync();
    }

    private async Task TrySendAsync()
    {
        if (_pending is not { } listing) return;
        try
        {
            await grains.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).Upsert(listing);
            if (ReferenceEquals(_pending, listing)) _pending = null;
            _retry?.Dispose();
            _retry = null;
        }
        catch (Exception e)
        {
            LogPushFailed(logger, listing.Id, e);
            _retry ??= owner.RegisterGrainTimer(TrySendAsync, RetryEvery, RetryEvery);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the directory listing of programme {ProgrammeId}; will retry")]
    private static partial void LogPushFailed(ILogger logger, string programmeId, Exception exception);
}
