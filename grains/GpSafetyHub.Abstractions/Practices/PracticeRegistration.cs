namespace GpSafetyHub.Practices;

/// <summary>One practice to register or update, as given (not yet validated): a row of a bulk registration.</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeRegistration")]
public sealed record PracticeRegistration(
    [property: Id(0)] string? OdsCode,
    [property: Id(1)] PracticeDetails Details);
