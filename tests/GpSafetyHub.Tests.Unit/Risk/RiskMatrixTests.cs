using GpSafetyHub.Risk;

namespace GpSafetyHub.Tests.Unit.Risk;

public sealed class RiskMatrixTests
{
    // Every cell of the DCB0160 matrix as in the NHS hazard log template (docs/risk-matrix.md).
    [Theory]
    [InlineData(Likelihood.VeryHigh, Severity.Minor, 3)]
    [InlineData(Likelihood.VeryHigh, Severity.Significant, 4)]
    [InlineData(Likelihood.VeryHigh, Severity.Considerable, 4)]
    [InlineData(Likelihood.VeryHigh, Severity.Major, 5)]
    [InlineData(Likelihood.VeryHigh, Severity.Catastrophic, 5)]
    [InlineData(Likelihood.High, Severity.Minor, 2)]
    [InlineData(Likelihood.High, Severity.Significant, 3)]
    [InlineData(Likelihood.High, Severity.Considerable, 3)]
    [InlineData(Likelihood.High, Severity.Major, 4)]
    [InlineData(Likelihood.High, Severity.Catastrophic, 5)]
    [InlineData(Likelihood.Medium, Severity.Minor, 2)]
    [InlineData(Likelihood.Medium, Severity.Significant, 2)]
    [InlineData(Likelihood.Medium, Severity.Considerable, 3)]
    [InlineData(Likelihood.Medium, Severity.Major, 3)]
    [InlineData(Likelihood.Medium, Severity.Catastrophic, 4)]
    [InlineData(Likelihood.Low, Severity.Minor, 1)]
    [InlineData(Likelihood.Low, Severity.Significant, 2)]
    [InlineData(Likelihood.Low, Severity.Considerable, 2)]
    [InlineData(Likelihood.Low, Severity.Major, 3)]
    [InlineData(Likelihood.Low, Severity.Catastrophic, 4)]
    [InlineData(Likelihood.VeryLow, Severity.Minor, 1)]
    [InlineData(Likelihood.VeryLow, Severity.Significant, 1)]
    [InlineData(Likelihood.VeryLow, Severity.Considerable, 2)]
    [InlineData(Likelihood.VeryLow, Severity.Major, 2)]
    [InlineData(Likelihood.VeryLow, Severity.Catastrophic, 3)]
    public void Every_cell_gives_the_standard_rating(Likelihood likelihood, Severity severity, int expected)
    {
        Assert.Equal(expected, RiskMatrix.Rate(severity, likelihood).Value);
        Assert.Equal(expected, new RiskAssessment(severity, likelihood, null).Rating.Value);
    }

    [Fact]
    public void Rating_never_falls_as_severity_or_likelihood_rises()
    {
        foreach (var l in RiskMatrix.Likelihoods)
            foreach (var s in RiskMatrix.Severities)
            {
                if (s < Severity.Catastrophic) Assert.True(RiskMatrix.Rate(s + 1, l).Value >= RiskMatrix.Rate(s, l).Value);
                if (l < Likelihood.VeryHigh) Assert.True(RiskMatrix.Rate(s, l + 1).Value >= RiskMatrix.Rate(s, l).Value);
            }
    }

    [Theory]
    [InlineData(1, "Acceptable, no further action required.")]
    [InlineData(2, "Acceptable where cost of further reduction outweighs benefits gained or where further risk reduction is impractical.")]
    [InlineData(3, "Undesirable level of risk. Attempts should be made to eliminate the hazard or implement control measures to reduce risk to an acceptable level. Shall only be acceptable when further risk reduction is impractical.")]
    [InlineData(4, "Mandatory elimination of hazard or addition of control measure to reduce risk to an acceptable level.")]
    [InlineData(5, "Unacceptable level of risk.")]
    public void Each_rating_carries_the_standards_acceptability_wording(int rating, string wording) =>
        Assert.Equal(wording, new RiskRating(rating).Acceptability);

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Ratings_of_three_or_more_need_justification(int rating, bool needs) =>
        Assert.Equal(needs, new RiskRating(rating).NeedsJustification);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_rating_outside_one_to_five_cannot_exist(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskRating(value));

    [Fact]
    public void Values_outside_the_scales_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskMatrix.Rate((Severity)0, Likelihood.Low));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskMatrix.Rate(Severity.Minor, (Likelihood)6));
    }

    [Fact]
    public void Severity_definitions_distinguish_single_and_multiple_patients()
    {
        Assert.Contains("Death (multiple patients)", RiskMatrix.DescribeSeverity(Severity.Catastrophic));
        Assert.Contains("Death (single patient)", RiskMatrix.DescribeSeverity(Severity.Major));
        Assert.All(RiskMatrix.Severities, s => Assert.Contains("patient", RiskMatrix.DescribeSeverity(s)));
    }

    [Theory]
    [InlineData(Likelihood.VeryHigh, "Certain or almost certain; highly likely to occur.")]
    [InlineData(Likelihood.High, "Not certain but very possible; reasonably expected to occur in the majority of cases.")]
    [InlineData(Likelihood.Medium, "Possible.")]
    [InlineData(Likelihood.Low, "Could occur but in the great majority of occasions will not.")]
    [InlineData(Likelihood.VeryLow, "Negligible or nearly negligible possibility of occurring.")]
    public void Likelihood_definitions_follow_the_standard(Likelihood likelihood, string definition) =>
        Assert.Equal(definition, RiskMatrix.DescribeLikelihood(likelihood));
}
