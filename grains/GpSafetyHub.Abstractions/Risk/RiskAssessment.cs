namespace GpSafetyHub.Risk;

/// <summary>
/// A severity and likelihood judged for a hazard, with the reasoning. The rating is always derived
/// from the matrix, never entered.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RiskAssessment(
    [property: Id(0)] Severity Severity,
    [property: Id(1)] Likelihood Likelihood,
    [property: Id(2)] string? Justification)
{
    public RiskRating Rating => RiskMatrix.Rate(Severity, Likelihood);

    public bool IsJustified => !string.IsNullOrWhiteSpace(Justification);
}
