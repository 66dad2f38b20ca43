using System.Text.RegularExpressions;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Programmes;

/// <summary>
/// A programme's id: a lower-case slug such as <c>ai-scribe-nel-2026</c>, chosen by the CSO
/// function and fixed for life (it keys the hazard log and every localisation of it).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.struct")]
public readonly partial record struct ProgrammeId
{
    public const int MaxLength = 64;

    private ProgrammeId(string value) => Value = value;

    [Id(0)]
    public string Value { get; }

    /// <summary>Parses <paramref name="value"/> or throws a validation error naming <paramref name="field"/>.</summary>
    public static ProgrammeId Parse(string? value, string field = "programmeId")
    {
        if (value is null || !Pattern().IsMatch(value))
            throw new ValidationFailedException(field,
                $"must be 3 to {MaxLength} characters of lower-case letters, digits and single hyphens, starting and ending with a letter or digit");
        return new ProgrammeId(value);
    }

    public override string ToString() => Value;

    [GeneratedRegex("^(?=.{3,64}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
