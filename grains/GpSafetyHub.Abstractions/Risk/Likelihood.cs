namespace GpSafetyHub.Risk;

/// <summary>DCB0160 likelihood that the harm occurs, least to most likely.</summary>
public enum Likelihood
{
    VeryLow = 1,
    Low = 2,
    Medium = 3,
    High = 4,
    VeryHigh = 5,
}
