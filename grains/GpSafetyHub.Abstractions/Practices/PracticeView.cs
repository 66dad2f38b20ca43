namespace GpSafetyHub.Practices;

/// <summary>A practice's directory entry.</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeView")]
public sealed record PracticeView(
    [property: Id(0)] string OdsCode,
    [property: Id(1)] PracticeDetails Details,
    [property: Id(2)] DateTimeOffset RegisteredAt,
    [property: Id(3)] long Revision)
{
    /// <summary>ICBs the practice belonged to before they merged into its current one.</summary>
    [Id(4)]
    public IReadOnlyList<string> MergedFromIcbCodes { get; init; } = [];
}
