namespace GpSafetyHub.Reminders;

/// <summary>
/// One thing one recipient is reminded of in one stage. <see cref="Key"/> (recipient, kind, what,
/// due date, stage) is its idempotency key: recorded before the digest carrying it is sent, so the
/// same reminder is never decided twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderItem")]
public sealed record ReminderItem(
    [property: Id(0)] string Key,
    [property: Id(1)] string Recipient,
    [property: Id(2)] ReminderKind Kind,
    [property: Id(3)] string Stage,
    [property: Id(4)] DateOnly DueDate,
    [property: Id(5)] string Subject,
    [property: Id(6)] string Action,
    [property: Id(7)] string? ProgrammeId,
    [property: Id(8)] string? ProgrammeName,
    [property: Id(9)] string? OdsCode,
    [property: Id(10)] string? PracticeName,
    [property: Id(11)] string? AlertReference,
    [property: Id(12)] string? IcbCode,
    [property: Id(13)] IReadOnlyList<string> Lines)
{
    public static string KeyOf(string recipient, ReminderKind kind, string about, DateOnly due, string stage) =>
        $"{recipient}|{kind}|{about}|{due:yyyy-MM-dd}|{stage}";
}
