using GpSafetyHub.Errors;

namespace GpSafetyHub.Reminders;

/// <summary>
/// When to remind about a due date: a stage starting each of <see cref="DaysBefore"/> days ahead
/// of it, then "overdue" every <see cref="OverdueEveryDays"/> days after it until it is resolved.
/// With days before 30 and 7: due-in-30-days covers D−30…D−8, due-in-7-days D−7…D, overdue-1
/// D+1…D+7, overdue-2 D+8…D+14, and so on.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderSchedule")]
public sealed record ReminderSchedule(
    [property: Id(0)] IReadOnlyList<int> DaysBefore,
    [property: Id(1)] int OverdueEveryDays)
{
    public const int MaxDaysBefore = 366;

    /// <summary>The stage <paramref name="today"/> falls in for a date due on <paramref name="due"/>, or null if it is too early.</summary>
    public ReminderStage? StageOn(DateOnly due, DateOnly today)
    {
        if (today > due)
        {
            var n = (today.DayNumber - due.DayNumber - 1) / OverdueEveryDays + 1;
            var start = due.AddDays(1 + (n - 1) * OverdueEveryDays);
            return new ReminderStage($"overdue-{n}", start, start.AddDays(OverdueEveryDays - 1));
        }

        var before = Ordered();
        for (var i = before.Count - 1; i >= 0; i--)
        {
            // Stages run from nearest the due date outwards: the first whose start has come is today's.
            var start = due.AddDays(-before[i]);
            if (start > today) continue;
            var end = i == before.Count - 1 ? due : due.AddDays(-before[i + 1] - 1);
            return new ReminderStage($"due-in-{before[i]}-days", start, end);
        }

        return null;
    }

    /// <summary>The longest window any stage of this schedule covers, in days.</summary>
    public int LongestStage
    {
        get
        {
            var before = Ordered();
            var longest = OverdueEveryDays;
            for (var i = 0; i < before.Count; i++)
                longest = Math.Max(longest, i == before.Count - 1 ? before[i] + 1 : before[i] - before[i + 1]);
            return longest;
        }
    }

    /// <summary>The first day on which any stage before the due date starts (the due date when there are none).</summary>
    public DateOnly FirstStageStart(DateOnly due) => Ordered() is [var first, ..] ? due.AddDays(-first) : due;

    public void Validate(Validator validator, string prefix)
    {
        if (OverdueEveryDays is < 1 or > 90) validator.Fail($"{prefix}.overdueEveryDays", "must be from 1 to 90");
        if (DaysBefore.Any(d => d is < 0 or > MaxDaysBefore)) validator.Fail($"{prefix}.daysBefore", $"must each be from 0 to {MaxDaysBefore}");
        if (DaysBefore.Distinct().Count() != DaysBefore.Count) validator.Fail($"{prefix}.daysBefore", "must not repeat a day");
    }

    private List<int> Ordered() => DaysBefore.OrderDescending().ToList();
}
