using GpSafetyHub.Hazards;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class ControlInputGraphType : InputObjectGraphType<HazardControl>
{
    public ControlInputGraphType()
    {
        Name = "ControlInput";
        Description = "A control that reduces a hazard's risk.";
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the control is (at most 2000 characters).");
        Field<StringGraphType>("evidence").Description("The evidence that it is in place and works (at most 2000 characters).");
        Field<NonNullGraphType<ControlTypeGraphType>>("type").Description("The kind of control.");
        Field<NonNullGraphType<ControlStateGraphType>>("state").Description("Existing, or additional (still to be put in place).");
        Field<StringGraphType>("owner").Description("Who is responsible for the control.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HazardControl(
        value.Get<string>("description"),
        value.Optional<string>("evidence"),
        value.Get<ControlType>("type"),
        value.Get<ControlState>("state"),
        value.Optional<string>("owner"));
}
