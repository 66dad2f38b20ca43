using GpSafetyHub.Risk;

namespace GpSafetyHub.Operations.Programmes;

/// <summary>The domain's risk matrix laid out for reading: every cell, and each rating's meaning.</summary>
public sealed record RiskMatrixView(IReadOnlyList<RiskAssessment> Cells, IReadOnlyList<RiskRating> Ratings)
{
    public static RiskMatrixView Standard { get; } = new(
        RiskMatrix.Likelihoods.SelectMany(l => RiskMatrix.Severities.Select(s => new RiskAssessment(s, l, null))).ToArray(),
        Enumerable.Range(RiskRating.Lowest, RiskRating.Highest - RiskRating.Lowest + 1).Select(r => new RiskRating(r)).ToArray());
}
