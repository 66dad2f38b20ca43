using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class SignOffGraphType : ObjectGraphType<CsoSignOff>
{
    public SignOffGraphType()
    {
        Name = "CsoSignOff";
        Description = "A Clinical Safety Officer's sign-off of a published version.";
        Field(x => x.Name).Description("The CSO's name.");
        Field(x => x.Role).Description("The CSO's role.");
        Field(x => x.ProfessionalRegistration).Description("The CSO's professional registration, e.g. 'GMC 1234567'.");
        Field(x => x.Statement).Description("What the CSO attests.");
    }
}
