using Microsoft.Extensions.DependencyInjection;
using GpSafetyHub.Reminders;
using System.Threading.Channels;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Jobs;

/// <summary>
/// What the scheduled jobs do. A scan asks the reminder ledger grain to decide what is due (it
/// records the digests before anything is sent), then dispatches. Dispatching claims unsent
/// digests, sends each with MailKit and marks it sent; a digest that cannot be sent is marked
/// failed and waits, with back-off, for a later dispatch. A crash after a send and before its mark
/// leaves that one digest claimed: it is sent again once the claim lapses.
/// </summary>
public sealed partial class ReminderRunner(
    IGrainFactory grains, DigestMailer mailer, IOptions<ReminderOptions> options, IOptions<HubAddressOptions> hub,
    [FromKeyedServices(HubClock.Key)] TimeProvider clock, ReminderMetrics metrics, ILogger<ReminderRunner> logger)
{
    private IReminderLedgerGrain Ledger => grains.GetGrain<IReminderLedgerGrain>(IReminderLedgerGrain.Key);

    public async Task<(ReminderRunReport Decided, DispatchReport Dispatched)> ScanAsync(CancellationToken cancellationToken)
    {
        var report = await Ledger.Decide(clock.GetUtcNow(), options.Value.ToSettings());
        metrics.Recorded(report.Digests);
        LogDecided(logger, report.Due, report.Decided, report.Digests, report.Unreachable.Count);
        return (report, await DispatchAsync(cancellationToken));
    }

    /// <summary>Decides the "issued" notices of alerts recorded since the last look, and sends them if there are any.</summary>
    public async Task<(ReminderRunReport Decided, DispatchReport Dispatched)> AnnounceIssuedAlertsAsync(CancellationToken cancellationToken)
    {
        var report = await Ledger.DecideIssued(clock.GetUtcNow(), options.Value.ToSettings());
        if (report.Decided == 0) return (report, new DispatchReport(0, 0));
        metrics.Recorded(report.Digests);
        LogDecided(logger, report.Due, report.Decided, report.Digests, report.Unreachable.Count);
        return (report, await DispatchAsync(cancellationToken));
    }

    /// <summary>
    /// Sends every digest due: one task claims batches from the ledger while <c>Mail:Connections</c>
    /// senders, each keeping its SMTP connection open, send them and mark each one sent before the
    /// next. When the server cannot be reached at all, the rest claimed are marked failed and the dispatch stops.
    /// </summary>
    public async Task<DispatchReport> DispatchAsync(CancellationToken cancellationToken)
    {
        // A batch's room: the claimer claims the next batch while the senders work through this one,
        // so they never wait for a claim. At most two batches are claimed ahead; a digest whose
        // claim comes near lapsing while it waits is left for the next dispatch (SendAllAsync).
        var queue = Channel.CreateBounded<ReminderDigest>(new BoundedChannelOptions(Math.Max(1, options.Value.BatchSize)) { SingleWriter = true });
        var dispatch = new Dispatch();
        // A sender that fails outright (storage lost mid-dispatch, say) stops the claimer too, rather than leaving it waiting on a full queue.
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var claiming = ClaimAllAsync(queue.Writer, dispatch, abandon.Token);
        var senders = Enumerable.Range(0, Math.Max(1, mailer.Options.Connections)).Select(async _ =>
        {
            try
            {
                await SendAllAsync(queue.Reader, dispatch, cancellationToken);
            }
            catch
            {
                await abandon.CancelAsync();
                throw;
            }
        }).ToArray();
        try
        {
            await Task.WhenAll([claiming, .. senders]);
        }
        finally
        {
            // Counted however the dispatch ended: a failing one is when the figures matter.
            metrics.Dispatched(new DispatchReport(dispatch.Sent, dispatch.Failed));
        }

        if (dispatch.Sent + dispatch.Failed > 0) LogDispatched(logger, dispatch.Sent, dispatch.Failed);
        await ReportBacklogAsync();
        return new DispatchReport(dispatch.Sent, dispatch.Failed);
    }

    /// <summary>The backlog after a dispatch, for operators; a figure storage could not give now is simply not updated.</summary>
    private async Task ReportBacklogAsync()
    {
        try
        {
            metrics.Backlog(await Ledger.Unsent());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogBacklogUnknown(logger, e.Message);
        }
    }

    private async Task ClaimAllAsync(ChannelWriter<ReminderDigest> queue, Dispatch dispatch, CancellationToken cancellationToken)
    {
        try
        {
            var o = options.Value;
            while (!cancellationToken.IsCancellationRequested && dispatch.Unreachable is null)
            {
                var batch = await Ledger.Claim(clock.GetUtcNow(), o.ClaimLease, o.BatchSize);
                if (batch.Count == 0) break;
                foreach (var digest in batch) await queue.WriteAsync(digest, cancellationToken);
            }
        }
        finally
        {
            queue.Complete();
        }
    }

    /// <summary>
    /// One SMTP connection's share: digests from the queue until it is empty. A connection the
    /// server dropped is opened again for the next digest; once the server cannot be reached at
    /// all, each digest still queued is marked failed unsent. A digest whose claim is about to lapse
    /// is left alone: another dispatch may take it then, and sending it now could send it twice.
    /// </summary>
    private async Task SendAllAsync(ChannelReader<ReminderDigest> queue, Dispatch dispatch, CancellationToken cancellationToken)
    {
        SmtpClient? client = null;
        try
        {
            await foreach (var digest in queue.ReadAllAsync(cancellationToken))
            {
                if (digest.ClaimedUntil is not { } until || until - clock.GetUtcNow() < LapseMargin) continue;
                if (dispatch.Unreachable is { } lost)
                {
                    await FailAsync([digest], lost);
                    Interlocked.Increment(ref dispatch.Failed);
                    continue;
                }

                try
                {
                    client ??= await mailer.ConnectAsync(cancellationToken);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    dispatch.Unreachable ??= e;
                    await FailAsync([digest], e);
                    Interlocked.Increment(ref dispatch.Failed);
                    continue;
                }

                try
                {
                    await DigestMailer.SendAsync(client, DigestMessage.Compose(digest, mailer.Options, hub.Value.PublicUrl), cancellationToken);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    await FailAsync([digest], e);
                    Interlocked.Increment(ref dispatch.Failed);
                    if (client.IsConnected) continue;
                    client.Dispose();
                    client = null;
                    continue;
                }

                await Ledger.MarkSent(digest.Id, clock.GetUtcNow());
                Interlocked.Increment(ref dispatch.Sent);
            }
        }
        finally
        {
            if (client is not null) await QuitAsync(client);
        }
    }

    /// <summary>How long before its claim lapses a digest is no longer sent: a send may take up to the SMTP timeout (half the lease, if that is shorter).</summary>
    private TimeSpan LapseMargin => TimeSpan.FromTicks(Math.Min(mailer.Options.Timeout.Ticks, options.Value.ClaimLease.Ticks / 2));

    /// <summary>Ends the SMTP conversation; a server that has gone by then changes nothing already sent.</summary>
    private async Task QuitAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or TimeoutException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException)
        {
            LogQuitFailed(logger, e.Message);
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>What one dispatch's claimer and senders share.</summary>
    private sealed class Dispatch
    {
        public int Sent;
        public int Failed;

        /// <summary>Why the mail server was lost, once a sender lost it: the dispatch stops.</summary>
        public volatile Exception? Unreachable;
    }

    private async Task FailAsync(IReadOnlyList<ReminderDigest> digests, Exception e)
    {
        LogSendFailed(logger, digests.Count, e.Message);
        foreach (var digest in digests)
            await Ledger.MarkFailed(digest.Id, $"{e.GetType().Name}: {e.Message}", clock.GetUtcNow() + options.Value.RetryDelay(digest.Attempts + 1));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder scan: {Due} due, {Decided} newly decided in {Digests} digests, {Unreachable} with nobody to send to.")]
    private static partial void LogDecided(ILogger logger, int due, int decided, int digests, int unreachable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder digests: {Sent} sent, {Failed} to retry.")]
    private static partial void LogDispatched(ILogger logger, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "The reminder backlog could not be read after a dispatch: {Reason}")]
    private static partial void LogBacklogUnknown(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The mail server did not end an SMTP conversation cleanly after sending: {Reason}")]
    private static partial void LogQuitFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Count} reminder digest(s); they will be retried: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, int count, string reason);
}

/// <summary>What one dispatch sent, and how many digests wait for a retry.</summary>
public sealed record DispatchReport(int Sent, int Failed);
