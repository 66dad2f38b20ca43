using GpSafetyHub.History;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.History;

public sealed class ActorGraphType : ObjectGraphType<Actor>
{
    public ActorGraphType()
    {
        Name = "Actor";
        Description = "The person who made a change.";
        Field(x => x.Subject).Description("A stable identifier of the person.");
        Field(x => x.Name).Description("The person's name.");
        Field(x => x.Role, nullable: true).Description("The role they acted in.");
        Field(x => x.Organisation, nullable: true).Description("The organisation they acted for.");
    }
}
