using GpSafetyHub.Risk;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Types;

/// <summary>The matrix itself has no state: its fields read the domain's <see cref="RiskMatrix"/>.</summary>
public sealed class RiskMatrixGraphType : ObjectGraphType<object>
{
    public RiskMatrixGraphType()
    {
        Name = "RiskMatrix";
        Description = "The DCB0160 clinical risk matrix: severity × likelihood → rating 1–5, with the standard's definitions.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskMatrixCellGraphType>>>>("cells")
            .Description("Every cell, by likelihood then severity.")
            .Resolve(_ => RiskMatrix.Likelihoods.SelectMany(l => RiskMatrix.Severities.Select(s => new RiskAssessment(s, l, null))).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskRatingGraphType>>>>("ratings")
            .Description("Each rating with its acceptability wording.")
            .Resolve(_ => Enumerable.Range(RiskRating.Lowest, RiskRating.Highest - RiskRating.Lowest + 1).Select(r => new RiskRating(r)).ToArray());
    }
}

public sealed class RiskMatrixCellGraphType : ObjectGraphType<RiskAssessment>
{
    public RiskMatrixCellGraphType()
    {
        Name = "RiskMatrixCell";
        Description = "One cell of the risk matrix.";
        Field(x => x.Severity).Description("The severity (column); its description is the standard's definition.");
        Field(x => x.Likelihood).Description("The likelihood (row); its description is the standard's definition.");
        Field("rating", x => x.Rating.Value).Description("The rating this cell gives.");
    }
}

public sealed class RiskRatingGraphType : ObjectGraphType<RiskRating>
{
    public RiskRatingGraphType()
    {
        Name = "RiskRating";
        Description = "A risk rating and what it means.";
        Field("value", x => x.Value).Description("The rating, 1 to 5.");
        Field("acceptability", x => x.Acceptability).Description("The standard's acceptability wording.");
        Field("needsJustification", x => x.NeedsJustification).Description("Whether a residual risk at this rating needs a written justification to be signed off.");
    }
}
