using GpSafetyHub.Practices;

namespace GpSafetyHub.Web.Components.Pages.Practices;

/// <summary>The practice's contacts as the browser posts them, with the entry's revision the person saw.</summary>
public sealed class ContactsForm
{
    public string? SafetyLeadName { get; set; }

    public string? SafetyLeadEmail { get; set; }

    public string? CasContactEmail { get; set; }

    public string? CasContactMobile { get; set; }

    public string? PracticeManagerEmail { get; set; }

    public long ExpectedRevision { get; set; }

    public static ContactsForm From(PracticeView practice) => new()
    {
        SafetyLeadName = practice.Details.Contacts.SafetyLeadName,
        SafetyLeadEmail = practice.Details.Contacts.SafetyLeadEmail,
        CasContactEmail = practice.Details.Contacts.CasContactEmail,
        CasContactMobile = practice.Details.Contacts.CasContactMobile,
        PracticeManagerEmail = practice.Details.Contacts.PracticeManagerEmail,
        ExpectedRevision = practice.Revision,
    };

    /// <summary>
    /// The practice's entry with these contacts. A box the person emptied is named to be cleared:
    /// a registration keeps what it is not told to clear, and here emptying the box is the telling.
    /// </summary>
    public PracticeRegistration Registration(PracticeView practice)
    {
        var contacts = new PracticeContacts(Given(SafetyLeadName), Given(SafetyLeadEmail), Given(CasContactEmail), Given(CasContactMobile), Given(PracticeManagerEmail));
        var old = practice.Details.Contacts;
        var cleared = new (string Field, string? Before, string? Now)[]
        {
            ("safetyLeadName", old.SafetyLeadName, contacts.SafetyLeadName),
            ("safetyLeadEmail", old.SafetyLeadEmail, contacts.SafetyLeadEmail),
            ("casContactEmail", old.CasContactEmail, contacts.CasContactEmail),
            ("casContactMobile", old.CasContactMobile, contacts.CasContactMobile),
            ("practiceManagerEmail", old.PracticeManagerEmail, contacts.PracticeManagerEmail),
        }.Where(f => f.Before is not null && f.Now is null).Select(f => f.Field).ToArray();
        return new PracticeRegistration(practice.OdsCode, practice.Details with { Contacts = contacts }) { Clear = cleared };
    }

    public static readonly (string, string, string)[] Inputs =
    [
        ("safetyLeadName", "lead-name", "The safety lead's name"),
        ("safetyLeadEmail", "lead-email", "The safety lead's email"),
        ("casContactEmail", "cas-email", "The CAS contact's email"),
        ("casContactMobile", "cas-mobile", "The CAS contact's mobile"),
        ("practiceManagerEmail", "manager-email", "The practice manager's email"),
    ];

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
