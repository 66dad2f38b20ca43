using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>What a bulk registration did, row by row. A refused row changed nothing.</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.RegistrationReport")]
public sealed record RegistrationReport(
    [property: Id(0)] IReadOnlyList<string> Created,
    [property: Id(1)] IReadOnlyList<string> Updated,
    [property: Id(2)] IReadOnlyList<string> Unchanged,
    [property: Id(3)] IReadOnlyList<RefusedRow> Refused)
{
    /// <summary>For each updated row, every field it changed with the old and new value.</summary>
    [Id(4)]
    public IReadOnlyList<PracticeChanges> Changes { get; init; } = [];
}

/// <summary>What one row changed in a registered practice's entry.</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.PracticeChanges")]
public sealed record PracticeChanges(
    [property: Id(0)] int Row,
    [property: Id(1)] string OdsCode,
    [property: Id(2)] IReadOnlyList<PracticeFieldChange> Fields);

/// <summary>A row that was not applied, with every rule it broke. <see cref="Row"/> counts from 1 (for CSV, the first data line).</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.RefusedRow")]
public sealed record RefusedRow(
    [property: Id(0)] int Row,
    [property: Id(1)] string? OdsCode,
    [property: Id(2)] IReadOnlyList<FieldViolation> Violations);
