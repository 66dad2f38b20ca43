using GpSafetyHub.Practices;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Practices;

public sealed class PracticeInputGraphType : InputObjectGraphType<PracticeRegistration>
{
    public PracticeInputGraphType()
    {
        Name = "PracticeInput";
        Description = "A practice to register, or whose details to update. For a registered practice, a field left out keeps its value; to empty one, name it in clear.";
        Field<NonNullGraphType<StringGraphType>>("odsCode").Description("ODS code: one letter and five digits, e.g. A81001.");
        Field<StringGraphType>("name").Description("The practice's name: required to register a new practice.");
        Field<StringGraphType>("icbCode").Description("The ICB's ODS code, e.g. QHM: required to register a new practice.");
        Field<StringGraphType>("pcnCode").Description("The PCN's ODS code: U and five digits.");
        Field<StringGraphType>("safetyLeadName").Description("The clinical safety lead's name (with their e-mail).");
        Field<StringGraphType>("safetyLeadEmail").Description("The clinical safety lead's e-mail.");
        Field<StringGraphType>("casContactEmail").Description("The CAS (safety alert) contact's e-mail.");
        Field<StringGraphType>("casContactMobile").Description("The CAS contact's UK mobile.");
        Field<StringGraphType>("practiceManagerEmail").Description("The practice manager's e-mail.");
        Field<ListGraphType<NonNullGraphType<PracticeFieldGraphType>>>("clear")
            .Description("Fields to empty, e.g. [CAS_CONTACT_MOBILE]: the only way a registration removes a value. Each clearing is recorded in the practice's history with the value it removed.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PracticeRegistration(
        value.Get<string>("odsCode"),
        new PracticeDetails(
            value.Optional<string>("name") ?? "", value.Optional<string>("icbCode") ?? "", value.Optional<string>("pcnCode"),
            new PracticeContacts(
                value.Optional<string>("safetyLeadName"), value.Optional<string>("safetyLeadEmail"), value.Optional<string>("casContactEmail"),
                value.Optional<string>("casContactMobile"), value.Optional<string>("practiceManagerEmail"))))
    {
        Clear = (value.Optional<IEnumerable<object?>>("clear") ?? []).OfType<PracticeField>().Select(f => f.ToString()).ToArray(),
    };
}
