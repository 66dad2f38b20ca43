namespace GpSafetyHub.Risk;

/// <summary>DCB0160 severity classification of the harm a hazard could cause, least to most severe.</summary>
public enum Severity
{
    Minor = 1,
    Significant = 2,
    Considerable = 3,
    Major = 4,
    Catastrophic = 5,
}
