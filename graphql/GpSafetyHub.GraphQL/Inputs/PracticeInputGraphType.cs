using GpSafetyHub.Practices;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Inputs;

public sealed class PracticeInputGraphType : InputObjectGraphType<PracticeRegistration>
{
    public PracticeInputGraphType()
    {
        Name = "PracticeInput";
        Description = "A practice to register, or whose details to update.";
        Field<NonNullGraphType<StringGraphType>>("odsCode").Description("ODS code: one letter and five digits, e.g. A81001.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The practice's name.");
        Field<NonNullGraphType<StringGraphType>>("icbCode").Description("The ICB's ODS code: three letters or digits, e.g. QHM.");
        Field<StringGraphType>("pcnCode").Description("The PCN's ODS code: U and five digits.");
        Field<StringGraphType>("safetyLeadName").Description("The clinical safety lead's name (with their e-mail).");
        Field<StringGraphType>("safetyLeadEmail").Description("The clinical safety lead's e-mail.");
        Field<StringGraphType>("casContactEmail").Description("The CAS (safety alert) contact's e-mail.");
        Field<StringGraphType>("casContactMobile").Description("The CAS contact's UK mobile.");
        Field<StringGraphType>("practiceManagerEmail").Description("The practice manager's e-mail.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PracticeRegistration(
        value.Get<string>("odsCode"),
        new PracticeDetails(
            value.Get<string>("name"), value.Get<string>("icbCode"), value.Optional<string>("pcnCode"),
            new PracticeContacts(
                value.Optional<string>("safetyLeadName"), value.Optional<string>("safetyLeadEmail"), value.Optional<string>("casContactEmail"),
                value.Optional<string>("casContactMobile"), value.Optional<string>("practiceManagerEmail"))));
}
