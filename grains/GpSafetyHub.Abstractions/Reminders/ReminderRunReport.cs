namespace GpSafetyHub.Reminders;

/// <summary>What one reminder run decided.</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderRunReport")]
public sealed record ReminderRunReport(
    [property: Id(0)] DateTimeOffset RanAt,
    [property: Id(1)] int Due,
    [property: Id(2)] int AlreadyDecided,
    [property: Id(3)] int Decided,
    [property: Id(4)] int Digests,
    [property: Id(5)] IReadOnlyList<UnreachableReminder> Unreachable);
