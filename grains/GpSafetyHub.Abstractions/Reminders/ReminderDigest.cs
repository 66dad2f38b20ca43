using System.Security.Cryptography;
using System.Text;

namespace GpSafetyHub.Reminders;

/// <summary>
/// One e-mail to one recipient listing what one run found due for them. Recorded (with every
/// item's idempotency key) before it is sent; marked sent after. While unsent it is retried with
/// back-off; <see cref="ClaimedUntil"/> keeps two senders from sending it at once.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderDigest")]
public sealed record ReminderDigest(
    [property: Id(0)] string Id,
    [property: Id(1)] string Recipient,
    [property: Id(2)] IReadOnlyList<ReminderItem> Items,
    [property: Id(3)] DateTimeOffset DecidedAt,
    [property: Id(4)] int Part,
    [property: Id(5)] int Parts)
{
    /// <summary>Enough for a readable e-mail; a recipient with more in one run gets several parts.</summary>
    public const int MaxItems = 100;

    [Id(6)]
    public DateTimeOffset? SentAt { get; init; }

    [Id(7)]
    public int Attempts { get; init; }

    [Id(8)]
    public DateTimeOffset? NextAttemptAt { get; init; }

    [Id(9)]
    public DateTimeOffset? ClaimedUntil { get; init; }

    [Id(10)]
    public string? LastError { get; init; }

    /// <summary>The day the digest was decided: its storage partition, and part of its id.</summary>
    public static DateOnly DayOf(string id) => DateOnly.ParseExact(id[..10], "yyyy-MM-dd");

    /// <summary>
    /// The digests for one run: each recipient's items (ordered by due date) in parts of at most
    /// <see cref="MaxItems"/>. Ids are fixed by the run's time and the recipient, so recording the
    /// same run again finds the same ids.
    /// </summary>
    public static IReadOnlyList<ReminderDigest> Plan(IEnumerable<ReminderItem> items, DateTimeOffset decidedAt)
    {
        var digests = new List<ReminderDigest>();
        foreach (var recipient in items.GroupBy(i => i.Recipient, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parts = recipient.OrderBy(i => i.DueDate).ThenBy(i => i.Kind).ThenBy(i => i.Key, StringComparer.Ordinal).Chunk(MaxItems).ToArray();
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.Key)))[..16];
            for (var p = 0; p < parts.Length; p++)
                digests.Add(new ReminderDigest($"{decidedAt.UtcDateTime:yyyy-MM-dd'T'HHmmss}-{hash}-{p + 1}", recipient.Key, parts[p], decidedAt, p + 1, parts.Length));
        }

        return digests;
    }
}
