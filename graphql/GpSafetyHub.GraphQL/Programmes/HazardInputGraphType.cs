using GpSafetyHub.Hazards;
using GpSafetyHub.Risk;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class HazardInputGraphType : InputObjectGraphType<HazardContent>
{
    public HazardInputGraphType()
    {
        Name = "HazardInput";
        Description = "The content of a hazard, following the NHS hazard log template. A revision replaces the whole content.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("A short name (at most 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the hazard is (at most 4000 characters).");
        Field<NonNullGraphType<StringGraphType>>("effect").Description("What happens if it occurs (at most 4000 characters).");
        Field<NonNullGraphType<StringGraphType>>("potentialHarm").Description("The harm that could come to patients (at most 4000 characters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("causes").Description("Possible causes (at most 30, each at most 1000 characters).");
        Field<NonNullGraphType<RiskInputGraphType>>("initialRisk").Description("The risk before controls.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ControlInputGraphType>>>>("controls").Description("Controls (at most 30).");
        Field<RiskInputGraphType>("residualRisk").Description("The risk remaining with the controls; required before publishing.");
        Field<HazardStatusGraphType>("status").Description("OPEN (the default) or TRANSFERRED; close a hazard with closeHazard.");
        Field<StringGraphType>("transferredTo").Description("Who holds the risk; required when the status is TRANSFERRED.");
        Field<NonNullGraphType<StringGraphType>>("owner").Description("Who is responsible for managing the hazard.");
        Field<DateOnlyGraphType>("reviewDate").Description("When the hazard is next due for review.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HazardContent(
        value.Get<string>("title"),
        value.Get<string>("description"),
        value.Get<string>("effect"),
        value.Get<string>("potentialHarm"),
        value.List<string>("causes"),
        value.Get<RiskAssessment>("initialRisk"),
        value.List<HazardControl>("controls"),
        value.Optional<RiskAssessment>("residualRisk"),
        value.Optional<HazardStatus?>("status") ?? HazardStatus.Open,
        value.Optional<string>("transferredTo"),
        value.Get<string>("owner"),
        value.Optional<DateOnly?>("reviewDate"));
}
