namespace GpSafetyHub.Risk;

/// <summary>A clinical risk rating from 1 (acceptable) to 5 (unacceptable), read off the risk matrix.</summary>
[GenerateSerializer, Immutable, Alias("hub.Risk.struct")]
public readonly record struct RiskRating
{
    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>Ratings at or above this need a written justification before they can be signed off.</summary>
    public const int NeedsJustificationFrom = 3;

    public RiskRating(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, Lowest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Highest);
        Value = value;
    }

    [Id(0)]
    public int Value { get; }

    public bool NeedsJustification => Value >= NeedsJustificationFrom;

    /// <summary>The standard's acceptability wording for this rating.</summary>
    public string Acceptability => RiskMatrix.AcceptabilityOf(this);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
