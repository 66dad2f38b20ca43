using GpSafetyHub.Practices;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Practices;

/// <summary>The fields of a practice's entry a registration may clear (a practice always keeps its name and ICB).</summary>
public sealed class PracticeFieldGraphType : EnumerationGraphType
{
    public PracticeFieldGraphType()
    {
        Name = "PracticeField";
        Description = "A field of a practice's directory entry that a registration may empty.";
        foreach (var field in PracticeEntryFields.Clearable)
            Add(EnumNames.Of(field), field, $"The practice's {PracticeEntryFields.NameOf(field)}.");
    }
}

/// <summary>The UPPER_SNAKE_CASE name GraphQL enums give a C# enum value.</summary>
internal static class EnumNames
{
    public static string Of(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));
}
