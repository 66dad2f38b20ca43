using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class SignOffInputGraphType : InputObjectGraphType<CsoSignOff>
{
    public SignOffInputGraphType()
    {
        Name = "SignOffInput";
        Description = "The Clinical Safety Officer's sign-off; the time is taken by the hub.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The CSO's name.");
        Field<NonNullGraphType<StringGraphType>>("role").Description("The CSO's role.");
        Field<NonNullGraphType<StringGraphType>>("professionalRegistration").Description("Professional registration, e.g. 'GMC 1234567' or 'NMC 12A3456B'.");
        Field<NonNullGraphType<StringGraphType>>("statement").Description("What the CSO attests (at most 4000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CsoSignOff(
        value.Get<string>("name"), value.Get<string>("role"), value.Get<string>("professionalRegistration"), value.Get<string>("statement"));
}
