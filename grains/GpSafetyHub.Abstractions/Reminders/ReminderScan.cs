namespace GpSafetyHub.Reminders;

/// <summary>What one scan found due: the reminders, and what was due but has nobody to send it to.</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderScan")]
public sealed record ReminderScan(
    [property: Id(0)] IReadOnlyList<ReminderItem> Items,
    [property: Id(1)] IReadOnlyList<UnreachableReminder> Unreachable);

/// <summary>A reminder that fell due with no e-mail address to send it to, e.g. a practice with no contacts registered.</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.UnreachableReminder")]
public sealed record UnreachableReminder(
    [property: Id(0)] ReminderKind Kind,
    [property: Id(1)] string About,
    [property: Id(2)] string Reason);
