using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class PublishedVersionGraphType : ObjectGraphType<PublishedVersion>
{
    public PublishedVersionGraphType()
    {
        Name = "PublishedVersion";
        Description = "A published version of a programme hazard log exactly as signed off. It never changes.";
        Field(x => x.ProgrammeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme's id.");
        Field("number", x => x.Summary.Number).Description("The version number, from 1.");
        Field("publishedAt", x => x.Summary.PublishedAt).Description("When it was published.");
        Field("publishedBy", x => x.Summary.PublishedBy).Description("Who published it.");
        Field("signOff", x => x.Summary.SignOff).Description("The CSO sign-off.");
        Field("summary", x => x.Summary.Summary).Description("What changed in this version, in the CSO's words.");
        Field(x => x.Details).Description("The programme's details as they were when published.");
        Field(x => x.Hazards).Description("Every hazard as it was when published, closed ones included.");
    }
}
