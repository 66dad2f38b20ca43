using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Security;

/// <summary>Which fields of a schema the access rules must cover, and which they do not: for tests that keep the two in step.</summary>
public static class AccessCoverage
{
    /// <summary>Every field (as <c>Type.field</c>) that resolves only under a rule of its own: root fields and nested fields that reach beyond their parent.</summary>
    public static IReadOnlyList<string> FieldsNeedingRules(ISchema schema)
    {
        schema.Initialize();
        return schema.AllTypes.OfType<IObjectGraphType>()
            .SelectMany(type => type.Fields.Where(field => AccessMiddleware.NeedsRule(schema, type, field)).Select(field => $"{type.Name}.{field.Name}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Those of <see cref="FieldsNeedingRules"/> that have no rule: each is refused to everyone until it has one.</summary>
    public static IReadOnlyList<string> FieldsWithoutRules(ISchema schema) =>
        FieldsNeedingRules(schema).Where(field => !AccessRules.ByField.ContainsKey(field)).ToArray();
}
