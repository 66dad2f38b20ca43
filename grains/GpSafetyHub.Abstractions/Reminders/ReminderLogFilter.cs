using GpSafetyHub.Errors;

namespace GpSafetyHub.Reminders;

/// <summary>Which recorded reminders to list: those decided between two days, optionally narrowed.</summary>
[GenerateSerializer, Immutable, Alias("hub.Reminders.ReminderLogFilter")]
public sealed record ReminderLogFilter(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Recipient = null,
    [property: Id(3)] string? OdsCode = null,
    [property: Id(4)] string? ProgrammeId = null,
    [property: Id(5)] string? AlertReference = null)
{
    /// <summary>A quarter: the most one query reads, since each day is a partition.</summary>
    public const int MaxDays = 93;

    /// <summary>The most days read with nothing to narrow them: a national day is thousands of digests.</summary>
    public const int MaxUnnarrowedDays = 7;

    private bool Narrowed => Recipient is not null || OdsCode is not null || ProgrammeId is not null || AlertReference is not null;

    public void Validate()
    {
        var validator = new Validator();
        if (To < From) validator.Fail("to", "must be on or after from");
        else if (To.DayNumber - From.DayNumber + 1 > MaxDays) validator.Fail("to", $"must be at most {MaxDays} days after from");
        else if (!Narrowed && To.DayNumber - From.DayNumber + 1 > MaxUnnarrowedDays)
            validator.Fail("to", $"must be at most {MaxUnnarrowedDays} days after from unless recipient, odsCode, programmeId or alertReference is given");
        validator.ThrowIfInvalid();
    }

    public bool Keeps(ReminderDigest digest, ReminderItem item) =>
        (Recipient is null || string.Equals(digest.Recipient, Recipient, StringComparison.OrdinalIgnoreCase))
        && (OdsCode is null || item.OdsCode == OdsCode)
        && (ProgrammeId is null || item.ProgrammeId == ProgrammeId)
        && (AlertReference is null || item.AlertReference == AlertReference);
}
