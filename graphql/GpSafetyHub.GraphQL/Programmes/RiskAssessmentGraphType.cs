using GpSafetyHub.Risk;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class RiskAssessmentGraphType : ObjectGraphType<RiskAssessment>
{
    public RiskAssessmentGraphType()
    {
        Name = "RiskAssessment";
        Description = "A severity and likelihood judged for a hazard, the rating the DCB0160 matrix gives them, and the reasoning.";
        Field(x => x.Severity).Description("How severe the harm would be.");
        Field(x => x.Likelihood).Description("How likely the harm is.");
        Field("rating", x => x.Rating.Value).Description("The risk rating, 1 (acceptable) to 5 (unacceptable), computed from severity and likelihood.");
        Field("acceptability", x => x.Rating.Acceptability).Description("The standard's acceptability wording for this rating.");
        Field(x => x.Justification, nullable: true).Description("Why this severity and likelihood were chosen.");
    }
}
