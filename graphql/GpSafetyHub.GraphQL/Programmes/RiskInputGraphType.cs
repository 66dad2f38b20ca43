using GpSafetyHub.Risk;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class RiskInputGraphType : InputObjectGraphType<RiskAssessment>
{
    public RiskInputGraphType()
    {
        Name = "RiskInput";
        Description = "A severity and likelihood for a hazard, with the reasoning. The rating is computed, never entered.";
        Field<NonNullGraphType<SeverityGraphType>>("severity").Description("How severe the harm would be.");
        Field<NonNullGraphType<LikelihoodGraphType>>("likelihood").Description("How likely the harm is.");
        Field<StringGraphType>("justification").Description("Why. Required at publication for a residual rating of 3 or more.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RiskAssessment(value.Get<Severity>("severity"), value.Get<Likelihood>("likelihood"), value.Optional<string>("justification"));
}
