namespace GpSafetyHub.GraphQL;

/// <summary>Reads fields of a parsed input object; the schema has already enforced non-null ones.</summary>
internal static class InputFields
{
    public static T Get<T>(this IDictionary<string, object?> input, string name) => (T)input[name]!;

    public static T? Optional<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public static IReadOnlyList<T> List<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? items.Cast<T>().ToArray() : [];
}
