using GpSafetyHub.Hazards;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class HazardControlGraphType : ObjectGraphType<HazardControl>
{
    public HazardControlGraphType()
    {
        Name = "HazardControl";
        Description = "A measure that reduces a hazard's risk.";
        Field(x => x.Description).Description("What the control is.");
        Field(x => x.Evidence, nullable: true).Description("The evidence that the control is in place and works.");
        Field(x => x.Type).Description("The kind of control.");
        Field(x => x.State).Description("Existing, or additional (still to be put in place).");
        Field(x => x.Owner, nullable: true).Description("Who is responsible for the control.");
    }
}
