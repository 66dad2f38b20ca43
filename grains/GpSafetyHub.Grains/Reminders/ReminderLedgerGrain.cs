using Azure;
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

    // Digests this activation handed out, as written by the claim: marking one needs no read
    // first. A mark after a deactivation, or after another writer changed the digest, reads it.
    private readonly Dictionary<string, (ReminderDigest Digest, ETag ETag)> _held = new(StringComparer.Ordinal);

    // Sent digests whose index rows are still to be removed, in one transaction at the next claim.
    // Until then (or for good, after a crash) a sender meeting such a row finds the digest sent and drops the row.
    private readonly HashSet<string> _sentStillIndexed = new(StringComparer.Ordinal);

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
        // Claims that lapsed unmarked (a sender died, a dispatch was cancelled): their digests are claimable again and read afresh.
        foreach (var lapsed in _held.Where(h => !(h.Value.Digest.ClaimedUntil > now)).Select(h => h.Key).ToArray()) _held.Remove(lapsed);
        if (_sentStillIndexed.Count > 0)
        {
            var sent = _sentStillIndexed.ToArray();
            _sentStillIndexed.Clear();
            await store.RemovePendingAsync(sent, CancellationToken.None);
        }

        // Candidates are claimed a batch at a time, each batch's digests read and written in parallel.
        var claimed = new List<ReminderDigest>();
        var candidates = new List<string>();
        await foreach (var id in store.ClaimableIdsAsync(now, CancellationToken.None))
        {
            candidates.Add(id);
            if (candidates.Count < max - claimed.Count) continue;
            claimed.AddRange(await ClaimAllAsync(candidates, now, lease));
            candidates.Clear();
            if (claimed.Count >= max) return claimed;
        }

        claimed.AddRange(await ClaimAllAsync(candidates, now, lease));
        return claimed;
    }

    /// <summary>Claims those of <paramref name="ids"/> that are free: read together, written in transactions, the index told when each may next be claimed.</summary>
    private async Task<IReadOnlyList<ReminderDigest>> ClaimAllAsync(IReadOnlyList<string> ids, DateTimeOffset now, TimeSpan lease)
    {
        var stored = await store.FindAllAsync(ids, CancellationToken.None);

        // An index row whose digest was sent, or never written (a crash between the two writes), is stale.
        var stale = ids.Where(id => !stored.TryGetValue(id, out var s) || s.Value.SentAt is not null).ToArray();
        if (stale.Length > 0) await store.RemovePendingAsync(stale, CancellationToken.None);

        var free = stored.Values
            .Where(s => s.Value.SentAt is null && !(s.Value.NextAttemptAt > now) && !(s.Value.ClaimedUntil > now))
            .Select(s => (Digest: s.Value with { ClaimedUntil = now + lease }, s.ETag))
            .ToArray();
        var written = await store.UpdateAllAsync(free, CancellationToken.None);
        var claimed = new List<ReminderDigest>();
        for (var i = 0; i < free.Length; i++)
        {
            if (!written[i].Written) continue; // Another sender claimed or marked it since it was read.
            if (written[i].ETag is { } etag) _held[free[i].Digest.Id] = (free[i].Digest, etag);
            claimed.Add(free[i].Digest);
        }

        if (claimed.Count > 0) await store.SetNextClaimAsync(claimed.Select(d => d.Id).ToArray(), now + lease, CancellationToken.None);
        return claimed;
    }

    public async Task<int> Unsent()
    {
        var unsent = 0;
        await foreach (var id in store.PendingIdsAsync(CancellationToken.None))
            if (!_sentStillIndexed.Contains(id)) unsent++;
        return unsent;
    }

    public async Task MarkSent(string digestId, DateTimeOffset sentAt)
    {
        await ChangeAsync(digestId, d => d.SentAt is null ? d with { SentAt = sentAt, ClaimedUntil = null, LastError = null, Attempts = d.Attempts + 1 } : null);
        _sentStillIndexed.Add(digestId);
    }

    public async Task MarkFailed(string digestId, string error, DateTimeOffset retryAt)
    {
        var message = error.Length > 1000 ? error[..1000] : error;
        var after = await ChangeAsync(digestId, d => d.SentAt is null ? d with { Attempts = d.Attempts + 1, NextAttemptAt = retryAt, ClaimedUntil = null, LastError = message } : null);
        if (after.SentAt is null) await store.SetNextClaimAsync(digestId, retryAt, CancellationToken.None);
    }

    /// <summary>
    /// Writes <paramref name="change"/> of the digest (null: leave it as it is), starting from the
    /// one this activation claimed while that is unchanged, otherwise from the stored one; returns
    /// the digest as it then stands.
    /// </summary>
    private async Task<ReminderDigest> ChangeAsync(string digestId, Func<ReminderDigest, ReminderDigest?> change)
    {
        if (_held.Remove(digestId, out var held) && change(held.Digest) is { } changed)
        {
            try
            {
                await store.UpdateAsync(changed, held.ETag, CancellationToken.None);
                return changed;
            }
            catch (Errors.ConflictException)
            {
                // Changed since this activation claimed it (its lease lapsed and another sender took it): read it again.
            }
        }

        var (digest, etag) = await Existing(digestId);
        if (change(digest) is not { } next) return digest;
        await store.UpdateAsync(next, etag, CancellationToken.None);
        return next;
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

    private async Task<(ReminderDigest, ETag)> Existing(string digestId) =>
        await store.GetAsync(digestId, CancellationToken.None)
        ?? throw new Errors.NotFoundException($"No reminder digest {digestId} is recorded.", "digestId");
}
