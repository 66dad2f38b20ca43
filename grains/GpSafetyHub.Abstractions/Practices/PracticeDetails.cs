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

    /// <summary>The names of the fields that differ from <paramref name="other"/>.</summary>
    public IReadOnlyList<string> ChangedFieldsFrom(PracticeDetails other)
    {
        var changed = new List<string>();
        if (Name != other.Name) changed.Add("name");
        if (IcbCode != other.IcbCode) changed.Add("icbCode");
        if (PcnCode != other.PcnCode) changed.Add("pcnCode");
        if (Contacts.SafetyLeadName != other.Contacts.SafetyLeadName || Contacts.SafetyLeadEmail != other.Contacts.SafetyLeadEmail) changed.Add("safetyLead");
        if (Contacts.CasContactEmail != other.Contacts.CasContactEmail || Contacts.CasContactMobile != other.Contacts.CasContactMobile) changed.Add("casContact");
        if (Contacts.PracticeManagerEmail != other.Contacts.PracticeManagerEmail) changed.Add("practiceManagerEmail");
        return changed;
    }
}
