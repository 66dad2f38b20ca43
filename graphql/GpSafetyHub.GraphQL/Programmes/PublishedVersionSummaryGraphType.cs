using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class PublishedVersionSummaryGraphType : ObjectGraphType<PublishedVersionSummary>
{
    public PublishedVersionSummaryGraphType()
    {
        Name = "PublishedVersionSummary";
        Description = "A published version of a hazard log, without its hazards.";
        Field(x => x.Number).Description("The version number, from 1.");
        Field(x => x.PublishedAt).Description("When it was published.");
        Field(x => x.PublishedBy).Description("Who published it.");
        Field(x => x.SignOff).Description("The CSO sign-off it was published with.");
        Field(x => x.Summary).Description("What changed in this version, in the CSO's words.");
        Field(x => x.DraftRevision).Description("The draft revision that was published.");
    }
}
