using GpSafetyHub.Errors;

namespace GpSafetyHub.Risk;

/// <summary>
/// A severity and likelihood judged for a hazard, with the reasoning. The rating is always derived
/// from the matrix, never entered.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Risk.RiskAssessment")]
public sealed record RiskAssessment(
    [property: Id(0)] Severity Severity,
    [property: Id(1)] Likelihood Likelihood,
    [property: Id(2)] string? Justification)
{
    public RiskRating Rating => RiskMatrix.Rate(Severity, Likelihood);

    public const int MaxJustificationLength = 4000;

    public bool IsJustified => !string.IsNullOrWhiteSpace(Justification);

    public RiskAssessment Cleaned() => this with { Justification = Text.Clean(Justification) };

    public void Validate(Validator validator, string prefix)
    {
        validator.Defined($"{prefix}.severity", Severity);
        validator.Defined($"{prefix}.likelihood", Likelihood);
        validator.Optional($"{prefix}.justification", Justification, MaxJustificationLength, multiline: true);
    }
}
