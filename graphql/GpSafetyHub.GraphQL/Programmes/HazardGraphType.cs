using GpSafetyHub.Hazards;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class HazardGraphType : ObjectGraphType<Hazard>
{
    public HazardGraphType()
    {
        Name = "Hazard";
        Description = "A hazard in a hazard log, with the fields of the NHS hazard log template.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable for life: H-001, H-002, … in the order hazards were added.");
        Field(x => x.DateAdded).Description("The date the hazard was added to the log.");
        Field(x => x.Revision).Description("Counts this hazard's changes; pass it as expectedRevision when revising or closing.");
        Field(x => x.Status).Description("Open, transferred or closed.");
        Field(x => x.ClosedReason, nullable: true).Description("Why the hazard was closed, when it is.");
        Field("title", x => x.Content.Title).Description("A short name for the hazard.");
        Field("description", x => x.Content.Description).Description("What the hazard is.");
        Field("effect", x => x.Content.Effect).Description("What happens if the hazard occurs.");
        Field("potentialHarm", x => x.Content.PotentialHarm).Description("The harm that could come to patients.");
        Field("causes", x => x.Content.Causes).Description("Possible causes of the hazard.");
        Field("initialRisk", x => x.Content.InitialRisk).Description("The risk before the controls.");
        Field("controls", x => x.Content.Controls).Description("The controls that reduce the risk.");
        Field("residualRisk", x => x.Content.ResidualRisk, nullable: true).Description("The risk remaining with the controls in place; required before publishing.");
        Field("transferredTo", x => x.Content.TransferredTo, nullable: true).Description("Who holds the risk, when the hazard is transferred.");
        Field("owner", x => x.Content.Owner).Description("Who is responsible for managing the hazard.");
        Field("reviewDate", x => x.Content.ReviewDate, nullable: true).Description("When the hazard is next due for review.");
    }
}
