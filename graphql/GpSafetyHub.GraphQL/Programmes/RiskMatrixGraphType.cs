using GpSafetyHub.Operations.Programmes;
using GpSafetyHub.Risk;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

/// <summary>The domain's <see cref="RiskMatrix"/>, laid out for reading.</summary>
public sealed class RiskMatrixGraphType : ObjectGraphType<RiskMatrixView>
{
    public RiskMatrixGraphType()
    {
        Name = "RiskMatrix";
        Description = "The DCB0160 clinical risk matrix: severity × likelihood → rating 1–5, with the standard's definitions.";
        Field(x => x.Cells, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RiskMatrixCellGraphType>>>)).Description("Every cell, by likelihood then severity.");
        Field(x => x.Ratings, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RiskRatingGraphType>>>)).Description("Each rating with its acceptability wording.");
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
