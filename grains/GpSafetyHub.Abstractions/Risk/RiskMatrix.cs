namespace GpSafetyHub.Risk;

/// <summary>
/// The DCB0129/DCB0160 5×5 clinical risk matrix: severity × likelihood → rating 1–5, with the
/// standard's definitions. Sources are cited in docs/risk-matrix.md.
/// </summary>
public static class RiskMatrix
{
    // Rows by likelihood (very low → very high), columns by severity (minor → catastrophic).
    private static readonly int[,] Cells =
    {
        { 1, 1, 2, 2, 3 },
        { 1, 2, 2, 3, 4 },
        { 2, 2, 3, 3, 4 },
        { 2, 3, 3, 4, 5 },
        { 3, 4, 4, 5, 5 },
    };

    public static IReadOnlyList<Severity> Severities { get; } = Enum.GetValues<Severity>();

    public static IReadOnlyList<Likelihood> Likelihoods { get; } = Enum.GetValues<Likelihood>();

    public static RiskRating Rate(Severity severity, Likelihood likelihood)
    {
        if (!Enum.IsDefined(severity)) throw new ArgumentOutOfRangeException(nameof(severity));
        if (!Enum.IsDefined(likelihood)) throw new ArgumentOutOfRangeException(nameof(likelihood));
        return new RiskRating(Cells[(int)likelihood - 1, (int)severity - 1]);
    }

    public static string AcceptabilityOf(RiskRating rating) => rating.Value switch
    {
        5 => "Unacceptable level of risk.",
        4 => "Mandatory elimination of hazard or addition of control measure to reduce risk to an acceptable level.",
        3 => "Undesirable level of risk. Attempts should be made to eliminate the hazard or implement control measures to reduce risk to an acceptable level. Shall only be acceptable when further risk reduction is impractical.",
        2 => "Acceptable where cost of further reduction outweighs benefits gained or where further risk reduction is impractical.",
        1 => "Acceptable, no further action required.",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    public static string DescribeLikelihood(Likelihood likelihood) => likelihood switch
    {
        Likelihood.VeryHigh => "Certain or almost certain; highly likely to occur.",
        Likelihood.High => "Not certain but very possible; reasonably expected to occur in the majority of cases.",
        Likelihood.Medium => "Possible.",
        Likelihood.Low => "Could occur but in the great majority of occasions will not.",
        Likelihood.VeryLow => "Negligible or nearly negligible possibility of occurring.",
        _ => throw new ArgumentOutOfRangeException(nameof(likelihood)),
    };

    public static string DescribeSeverity(Severity severity) => severity switch
    {
        Severity.Catastrophic =>
            "Death (multiple patients). Permanent life-changing incapacity and any condition for which the prognosis is death or permanent life-changing incapacity; severe injury or severe incapacity from which recovery is not expected in the short term (multiple patients).",
        Severity.Major =>
            "Death (single patient). Permanent life-changing incapacity and any condition for which the prognosis is death or permanent life-changing incapacity; severe injury or severe incapacity from which recovery is not expected in the short term (single patient). Severe injury or severe incapacity from which recovery is expected in the short term (multiple patients). Severe psychological trauma (multiple patients).",
        Severity.Considerable =>
            "Severe injury or severe incapacity from which recovery is expected in the short term (single patient). Severe psychological trauma (single patient). Minor injury or injuries from which recovery is not expected in the short term (multiple patients). Significant psychological trauma (multiple patients).",
        Severity.Significant =>
            "Minor injury or injuries from which recovery is not expected in the short term (single patient). Significant psychological trauma (single patient). Minor injury from which recovery is expected in the short term (multiple patients). Minor psychological upset; inconvenience (multiple patients).",
        Severity.Minor =>
            "Minor injury from which recovery is expected in the short term; minor psychological upset; inconvenience; any negligible consequence (single patient).",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
