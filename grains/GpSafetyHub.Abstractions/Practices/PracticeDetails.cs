using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>A GP practice as the directory knows it. The ICB can change (ICBs merge); history shows when.</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeDetails")]
public sealed record PracticeDetails(
    [property: Id(0)] string Name,
    [property: Id(1)] string IcbCode,
    [property: Id(2)] string? PcnCode,
    [property: Id(3)] PracticeContacts Contacts)
{
    public const int MaxNameLength = 200;

    /// <summary>The details cleaned and checked; violations are added with field paths under <paramref name="prefix"/>.</summary>
    public PracticeDetails? Validated(Validator validator, string prefix)
    {
        var name = Text.Clean(Name);
        validator.Required($"{prefix}.name", name, MaxNameLength);
        var icb = OrganisationCodes.Icb(validator, $"{prefix}.icbCode", IcbCode);
        var pcn = Text.Clean(PcnCode) is { } given ? OrganisationCodes.Pcn(validator, $"{prefix}.pcnCode", given) : null;
        var contacts = (Contacts ?? PracticeContacts.None).Cleaned();
        contacts.Validate(validator, prefix);
        return validator.IsValid ? new PracticeDetails(name!, icb!, pcn, contacts) : null;
    }

    /// <summary>The format of each field given (blank ones are not given), with no rule that needs the whole entry.</summary>
    public void ValidateGiven(Validator validator, string prefix)
    {
        validator.Optional($"{prefix}.name", Text.Clean(Name), MaxNameLength);
        if (Text.Clean(IcbCode) is { } icb) OrganisationCodes.Icb(validator, $"{prefix}.icbCode", icb);
        if (Text.Clean(PcnCode) is { } pcn) OrganisationCodes.Pcn(validator, $"{prefix}.pcnCode", pcn);
        (Contacts ?? PracticeContacts.None).Cleaned().ValidateFormats(validator, prefix);
    }
}
