namespace GpSafetyHub.Practices;

/// <summary>
/// One practice to register or update, as given (not yet validated): a row of a bulk registration.
/// For a practice already registered, a field left empty keeps its value; <see cref="Clear"/> names
/// the fields to empty (as the API or a CSV header spells them), so nothing is cleared by omission.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeRegistration")]
public sealed record PracticeRegistration(
    [property: Id(0)] string? OdsCode,
    [property: Id(1)] PracticeDetails Details)
{
    [Id(2)]
    public IReadOnlyList<string> Clear { get; init; } = [];
}
