using Orleans.Concurrency;

namespace GpSafetyHub.Reminders;

/// <summary>
/// Decides reminders and keeps the record of them (one grain, key <see cref="Key"/>). Every
/// silo's scheduler calls it; being one activation, it decides each reminder once. The e-mail is
/// sent outside grains: senders claim unsent digests here, then mark them sent or failed.
/// </summary>
public interface IReminderLedgerGrain : IGrainWithStringKey
{
    public const string Key = "all";

    /// <summary>Finds what is due on <paramref name="now"/>'s day and records a digest per recipient for what was not decided before.</summary>
    [ResponseTimeout("00:10:00")]
    Task<ReminderRunReport> Decide(DateTimeOffset now, ReminderSettings settings);

    /// <summary>
    /// Decides only the "issued" notices of alerts newly recorded (see <see cref="DueReminders.FindIssued"/>),
    /// checked against the same record as <see cref="Decide"/>, so each notice is decided once by whichever comes first.
    /// </summary>
    [ResponseTimeout("00:05:00")]
    Task<ReminderRunReport> DecideIssued(DateTimeOffset now, ReminderSettings settings);

    /// <summary>Up to <paramref name="max"/> unsent digests whose next attempt is due, each held for the caller until <paramref name="now"/> + <paramref name="lease"/>.</summary>
    [ResponseTimeout("00:02:00")]
    Task<IReadOnlyList<ReminderDigest>> Claim(DateTimeOffset now, TimeSpan lease, int max);

    /// <summary>
    /// How many digests are recorded and not yet sent (due, waiting for a retry, or being sent):
    /// the reminder backlog operators watch. Reads only the index; interleaved, as it changes nothing.
    /// </summary>
    [AlwaysInterleave]
    Task<int> Unsent();

    /// <summary>
    /// The digest was sent. Interleaved with other calls: each sender marks its own digest's row,
    /// with an ETag check, so several connections' marks need not wait for one another.
    /// </summary>
    [AlwaysInterleave]
    Task MarkSent(string digestId, DateTimeOffset sentAt);

    /// <summary>The attempt failed: the digest waits until <paramref name="retryAt"/>. Interleaved, as <see cref="MarkSent"/>.</summary>
    [AlwaysInterleave]
    Task MarkFailed(string digestId, string error, DateTimeOffset retryAt);

    /// <summary>The digests recorded in the filter's days, each with only the items the filter keeps (digests left with none are omitted).</summary>
    [ResponseTimeout("00:02:00")]
    Task<IReadOnlyList<ReminderDigest>> Log(ReminderLogFilter filter);
}
