using GpSafetyHub.Risk;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class SeverityGraphType : EnumerationGraphType<Severity>
{
    public SeverityGraphType()
    {
        Name = "Severity";
        Description = "DCB0160 severity of the harm a hazard could cause, least to most severe.";
        this.Describe(RiskMatrix.DescribeSeverity);
    }
}

public sealed class LikelihoodGraphType : EnumerationGraphType<Likelihood>
{
    public LikelihoodGraphType()
    {
        Name = "Likelihood";
        Description = "DCB0160 likelihood that the harm occurs, least to most likely.";
        this.Describe(RiskMatrix.DescribeLikelihood);
    }
}
