using GpSafetyHub.Alerts;
using GpSafetyHub.Deployments;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Grains.Reminders;

/// <summary>
/// The one place reminders are decided and their digests handed out. Decisions are checked
/// against every digest recorded within the settings' look-back (the longest stage window), so a
/// reminder whose key was recorded, sent or not, is never decided again.
/// </summary>
[GrainType("reminder-ledger")]
public sealed class ReminderLedgerGrain(ReminderStore store, IReminderWording wording, DeploymentClock deployments) : Grain, IReminderLedgerGrain
{
    // Alert versions whose "issued" notices this activation has already decided: the per-minute
    // check then costs one directory read. Lost on deactivation, which only means one more look.
    private readonly HashSet<string> _announced = new(StringComparer.Ordinal);

    public async Task<ReminderRunReport> Decide(DateTimeOffset now, ReminderSettings settings)
    {
        settings.Validate();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordAsync(DueReminders.Find(await ReminderSourcesReader.ReadAsync(GrainFactory, deployments, today), settings, today, wording), now, settings);
    }

    public async Task<ReminderRunReport> DecideIssued(DateTimeOffset now, ReminderSettings settings)
    {
        settings.Validate();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var alerts = (await GrainFactory.GetGrain<ICasAlertDirectoryGrain>(ICasAlertDirectoryGrain.Key).List())
            .Where(a => DueReminders.IsNewlyIssued(a, settings, today) && !_announced.Contains(Announced(a)))
            .ToArray();
        if (alerts.Length == 0) return new ReminderRunReport(now, 0, 0, 0, 0, []);
        var report = await RecordAsync(DueReminders.FindIssued(await ReminderSourcesReader.ReadAlertsAsync(GrainFactory, alerts), settings, today, wording), now, settings);
        foreach (var alert in alerts) _announced.Add(Announced(alert));
        return report;
    }

    private static string Announced(CasAlertView alert) => $"{alert.Reference}@{alert.Version}";

    /// <summary>Records a digest per recipient for what the scan found and no digest within the look-back already holds.</summary>
    private async Task<ReminderRunReport> RecordAsync(ReminderScan scan, DateTimeOffset now, ReminderSettings settings)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var decided = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var digest in store.DecidedAsync(today.AddDays(-settings.LookbackDays), today, CancellationToken.None))
            foreach (var item in digest.Items) decided.Add(item.Key);
        var fresh = scan.Items.Where(i => decided.Add(i.Key)).ToArray();

        var digests = ReminderDigest.Plan(fresh, now);
        await store.AddAllAsync(digests, CancellationToken.None);
        return new ReminderRunReport(now, scan.Items.Count, scan.Items.Count - fresh.Length, fresh.Length, digests.Count, scan.Unreachable);
    }

    public async Task<IReadOnlyList<ReminderDigest>> Claim(DateTimeOffset now, TimeSpan lease, int max)
    {
        var claimed = new List<ReminderDigest>();
        await foreach (var id in store.ClaimableIdsAsync(now, CancellationToken.None))
        {
            if (claimed.Count >= max) break;
            if (await store.GetAsync(id, CancellationToken.None) is not var (digest, etag) || digest.SentAt is not null)
            {
                // The index outlived its digest's sending, or the digest was never written (a crash between the two writes).
                await store.RemovePendingAsync(id, CancellationToken.None);
                continue;
            }

            if (digest.NextAttemptAt > now || digest.ClaimedUntil > now) continue;
            var held = digest with { ClaimedUntil = now + lease };
            await store.UpdateAsync(held, etag, CancellationToken.None);
            await store.SetNextClaimAsync(id, held.ClaimedUntil.Value, CancellationToken.None);
            claimed.Add(held);
        }

        return claimed;
    }

    public async Task MarkSent(string digestId, DateTimeOffset sentAt)
    {
        var (digest, etag) = await Existing(digestId);
        if (digest.SentAt is null) await store.UpdateAsync(digest with { SentAt = sentAt, ClaimedUntil = null, LastError = null, Attempts = digest.Attempts + 1 }, etag, CancellationToken.None);
        await store.RemovePendingAsync(digestId, CancellationToken.None);
    }

    public async Task MarkFailed(string digestId, string error, DateTimeOffset retryAt)
    {
        var (digest, etag) = await Existing(digestId);
        if (digest.SentAt is not null) return;
        var message = error.Length > 1000 ? error[..1000] : error;
        await store.UpdateAsync(digest with { Attempts = digest.Attempts + 1, NextAttemptAt = retryAt, ClaimedUntil = null, LastError = message }, etag, CancellationToken.None);
        await store.SetNextClaimAsync(digestId, retryAt, CancellationToken.None);
    }

    public async Task<IReadOnlyList<ReminderDigest>> Log(ReminderLogFilter filter)
    {
        filter.Validate();
        var digests = new List<ReminderDigest>();
        await foreach (var digest in store.DecidedAsync(filter.From, filter.To, CancellationToken.None))
        {
            var items = digest.Items.Where(i => filter.Keeps(digest, i)).ToArray();
            if (items.Length > 0) digests.Add(digest with { Items = items });
        }

        return digests;
    }

    private async Task<(ReminderDigest, Azure.ETag)> Existing(string digestId) =>
        await store.GetAsync(digestId, CancellationToken.None)
        ?? throw new Errors.NotFoundException($"No reminder digest {digestId} is recorded.", "digestId");
}
