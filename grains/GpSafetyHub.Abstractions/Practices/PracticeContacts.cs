using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>
/// Who at a practice the hub writes to: the clinical safety lead, the CAS (safety alert) contact
/// and the practice manager. All optional; a practice with no CAS contact is listed for chasing.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeContacts")]
public sealed record PracticeContacts(
    [property: Id(0)] string? SafetyLeadName,
    [property: Id(1)] string? SafetyLeadEmail,
    [property: Id(2)] string? CasContactEmail,
    [property: Id(3)] string? CasContactMobile,
    [property: Id(4)] string? PracticeManagerEmail)
{
    public const int MaxNameLength = 200;

    public static PracticeContacts None { get; } = new(null, null, null, null, null);

    public PracticeContacts Cleaned() => new(
        Text.Clean(SafetyLeadName),
        Text.Clean(SafetyLeadEmail)?.ToLowerInvariant(),
        Text.Clean(CasContactEmail)?.ToLowerInvariant(),
        Text.Clean(CasContactMobile),
        Text.Clean(PracticeManagerEmail)?.ToLowerInvariant());

    public void Validate(Validator validator, string prefix)
    {
        ValidateFormats(validator, prefix);
        if ((SafetyLeadName is null) != (SafetyLeadEmail is null))
            validator.Fail(SafetyLeadName is null ? $"{prefix}.safetyLeadName" : $"{prefix}.safetyLeadEmail",
                "is required with the other safety lead detail: give the safety lead's name and e-mail together");
        if (CasContactMobile is not null && CasContactEmail is null)
            validator.Fail($"{prefix}.casContactEmail", "is required when a CAS contact mobile is given");
    }

    /// <summary>Each detail given has the right shape (the rules between details are in <see cref="Validate"/>).</summary>
    public void ValidateFormats(Validator validator, string prefix)
    {
        validator.Optional($"{prefix}.safetyLeadName", SafetyLeadName, MaxNameLength);
        ContactRules.Email(validator, $"{prefix}.safetyLeadEmail", SafetyLeadEmail);
        ContactRules.Email(validator, $"{prefix}.casContactEmail", CasContactEmail);
        ContactRules.UkMobile(validator, $"{prefix}.casContactMobile", CasContactMobile);
        ContactRules.Email(validator, $"{prefix}.practiceManagerEmail", PracticeManagerEmail);
    }
}
