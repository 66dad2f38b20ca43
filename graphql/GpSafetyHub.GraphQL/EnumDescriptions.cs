using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

internal static class EnumDescriptions
{
    /// <summary>Sets each value's description from the domain's own wording, so there is one source.</summary>
    public static void Describe<TEnum>(this EnumerationGraphType<TEnum> type, Func<TEnum, string> describe)
        where TEnum : Enum
    {
        foreach (var value in type.Values) value.Description = describe((TEnum)value.Value!);
    }
}
