using Microsoft.Extensions.DependencyInjection;
using GpSafetyHub.Reminders;
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
    [FromKeyedServices(HubClock.Key)] TimeProvider clock, ILogger<ReminderRunner> logger)
{
    private IReminderLedgerGrain Ledger => grains.GetGrain<IReminderLedgerGrain>(IReminderLedgerGrain.Key);

    public async Task<(ReminderRunReport Decided, DispatchReport Dispatched)> ScanAsync(CancellationToken cancellationToken)
    {
        var report = await Ledger.Decide(clock.GetUtcNow(), options.Value.ToSettings());
        LogDecided(logger, report.Due, report.Decided, report.Digests, report.Unreachable.Count);
        return (report, await DispatchAsync(cancellationToken));
    }

    /// <summary>Decides the "issued" notices of alerts recorded since the last look, and sends them if there are any.</summary>
    public async Task<(ReminderRunReport Decided, DispatchReport Dispatched)> AnnounceIssuedAlertsAsync(CancellationToken cancellationToken)
    {
        var report = await Ledger.DecideIssued(clock.GetUtcNow(), options.Value.ToSettings());
        if (report.Decided == 0) return (report, new DispatchReport(0, 0));
        LogDecided(logger, report.Due, report.Decided, report.Digests, report.Unreachable.Count);
        return (report, await DispatchAsync(cancellationToken));
    }

    public async Task<DispatchReport> DispatchAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var (sent, failed) = (0, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await Ledger.Claim(clock.GetUtcNow(), o.ClaimLease, o.BatchSize);
            if (batch.Count == 0) break;
            // The batch is shared out over several connections: one SMTP conversation at a time is slow.
            var connections = Math.Clamp(mailer.Options.Connections, 1, batch.Count);
            var results = await Task.WhenAll(Enumerable.Range(0, connections).Select(c =>
                SendBatchAsync(batch.Where((_, i) => i % connections == c).ToArray(), cancellationToken)));
            var batchSent = results.Sum(r => r.Sent);
            sent += batchSent;
            failed += batch.Count - batchSent;
            if (results.Any(r => r.Stopped)) break;
        }

        if (sent + failed > 0) LogDispatched(logger, sent, failed);
        return new DispatchReport(sent, failed);
    }

    /// <summary>Sends claimed digests over one connection. Stops (marking the rest failed) when the server cannot be reached.</summary>
    private async Task<(int Sent, bool Stopped)> SendBatchAsync(IReadOnlyList<ReminderDigest> batch, CancellationToken cancellationToken)
    {
        SmtpClient client;
        try
        {
            client = await mailer.ConnectAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await FailAsync(batch, e);
            return (0, true);
        }

        using (client)
        {
            var sent = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                var digest = batch[i];
                try
                {
                    await DigestMailer.SendAsync(client, DigestMessage.Compose(digest, mailer.Options, hub.Value.PublicUrl), cancellationToken);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    if (client.IsConnected)
                    {
                        await FailAsync([digest], e);
                        continue;
                    }

                    await FailAsync(batch.Skip(i).ToArray(), e);
                    return (sent, true);
                }

                await Ledger.MarkSent(digest.Id, clock.GetUtcNow());
                sent++;
            }

            if (client.IsConnected) await client.DisconnectAsync(quit: true, cancellationToken);
            return (sent, false);
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Count} reminder digest(s); they will be retried: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, int count, string reason);
}

/// <summary>What one dispatch sent, and how many digests wait for a retry.</summary>
public sealed record DispatchReport(int Sent, int Failed);
