using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class ProgrammeListingGraphType : ObjectGraphType<ProgrammeListing>
{
    public ProgrammeListingGraphType()
    {
        Name = "ProgrammeListing";
        Description = "A programme as listed in the directory of programmes.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme's id.");
        Field(x => x.Name).Description("The programme's name.");
        Field(x => x.Product).Description("The software product being deployed.");
        Field(x => x.Supplier).Description("The product's supplier.");
        Field(x => x.CsoFunction).Description("The CSO function holding the hazard log.");
        Field(x => x.CurrentVersion, nullable: true).Description("The latest published version number, if any.");
        Field(x => x.ReviewDate).Description("When the hazard log is next due for review.");
    }
}
