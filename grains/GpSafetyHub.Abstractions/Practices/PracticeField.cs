namespace GpSafetyHub.Practices;

/// <summary>The fields of a practice's directory entry, as registrations name them.</summary>
public enum PracticeField
{
    Name = 1,
    IcbCode = 2,
    PcnCode = 3,
    SafetyLeadName = 4,
    SafetyLeadEmail = 5,
    CasContactEmail = 6,
    CasContactMobile = 7,
    PracticeManagerEmail = 8,
}

/// <summary>One field of an entry that a change altered, with what it said before and after (null: empty).</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeFieldChange")]
public sealed record PracticeFieldChange(
    [property: Id(0)] string Field,
    [property: Id(1)] string? Old,
    [property: Id(2)] string? New);
