namespace GpSafetyHub.Reminders;

/// <summary>
/// One stage of reminding about a date, e.g. <c>due-in-30-days</c> or <c>overdue-2</c>, and the
/// days it covers (inclusive). A reminder is decided on a day inside its stage's window, so its
/// idempotency key (which names the stage) can only come up again inside that window.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderStage")]
public sealed record ReminderStage(
    [property: Id(0)] string Name,
    [property: Id(1)] DateOnly Start,
    [property: Id(2)] DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>How a stage, by its name (as a reminder records it), reads in an e-mail.</summary>
    public static string Describe(string name) => name switch
    {
        "issued" => "newly issued",
        var n when n.StartsWith("due-in-", StringComparison.Ordinal) => $"due within {n["due-in-".Length..].Replace("-days", " days", StringComparison.Ordinal)}",
        var n when n.StartsWith("overdue-", StringComparison.Ordinal) => n == "overdue-1" ? "overdue" : $"overdue (reminder {n["overdue-".Length..]})",
        var n => n,
    };
}
