using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Access;

/// <summary>Which fields of the schema run which operation, and which reach data with none: for tests that keep the front door guarded.</summary>
public static class OperationCoverage
{
    /// <summary>Every field (as <c>Type.field</c>) that runs an operation, with the operation's type.</summary>
    public static IReadOnlyDictionary<string, Type> OperationsByField(ISchema schema) =>
        Fields(schema).Where(f => OperationFields.OperationOf(f.Field) is not null)
            .ToDictionary(f => f.Name, f => OperationFields.OperationOf(f.Field)!, StringComparer.Ordinal);

    /// <summary>Fields that could reach data with no operation behind them: each is refused to everyone until one backs it.</summary>
    public static IReadOnlyList<string> UnguardedFields(ISchema schema) =>
        Fields(schema).Where(f => UnguardedFieldMiddleware.IsUnguarded(schema, f.Parent, f.Field)).Select(f => f.Name).ToArray();

    /// <summary>Nested fields worked out from their parent alone, needing no operation of their own.</summary>
    public static IReadOnlyList<string> FromParentFields(ISchema schema) =>
        Fields(schema).Where(f => OperationFields.IsFromParent(f.Field)).Select(f => f.Name).ToArray();

    private static IEnumerable<(string Name, IObjectGraphType Parent, FieldType Field)> Fields(ISchema schema)
    {
        schema.Initialize();
        return schema.AllTypes.OfType<IObjectGraphType>()
            .SelectMany(type => type.Fields.Select(field => ($"{type.Name}.{field.Name}", type, field)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);
    }
}
