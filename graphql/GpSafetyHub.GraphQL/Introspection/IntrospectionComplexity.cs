using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace GpSafetyHub.GraphQL.Introspection;

/// <summary>
/// Introspection costs what it returns. Data lists count ten times over per nesting level, which
/// priced the standard introspection query (GraphiQL's docs, code generators) at 388,086; here a
/// list of the schema's types counts as many types as there are, and the lists inside a type as
/// many entries as a type has on average. Nested introspection still multiplies, so a query that
/// walks types within types is refused as before.
/// </summary>
internal static class IntrospectionComplexity
{
    private static readonly ConditionalWeakTable<ISchema, IReadOnlyDictionary<string, double>> ListSizes = new();

    /// <summary>Sets <paramref name="options"/> to price introspection fields here and every other field as before.</summary>
    public static ComplexityOptions PricingIntrospection(this ComplexityOptions options)
    {
        var dataFields = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => IsIntrospection(context) ? Impact(context) : dataFields(context);
        return options;
    }

    private static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var sizes = ListSizes.GetValue(context.ValidationContext.Schema, Measure);
        return new FieldComplexityResult(1, sizes.TryGetValue(context.FieldDefinition.Name, out var size) ? size : 1);
    }

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>The average length of each introspection list, from the schema itself.</summary>
    private static IReadOnlyDictionary<string, double> Measure(ISchema schema)
    {
        var types = schema.AllTypes.ToArray();
        var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToArray();
        var inputFields = types.OfType<IInputObjectGraphType>().Sum(t => t.Fields.Count);
        var enumValues = types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count);
        var interfaces = types.OfType<IImplementInterfaces>().Sum(t => t.ResolvedInterfaces.Count);
        var arguments = fields.Sum(f => f.Arguments?.Count ?? 0);
        double PerType(int total) => Math.Max(1, Math.Ceiling((double)total / types.Length));
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["types"] = types.Length,
            ["directives"] = schema.Directives.Count,
            ["fields"] = PerType(fields.Length),
            ["inputFields"] = PerType(inputFields),
            ["enumValues"] = PerType(enumValues),
            ["interfaces"] = PerType(interfaces),
            ["possibleTypes"] = PerType(interfaces),
            ["args"] = Math.Max(1, Math.Ceiling((double)arguments / Math.Max(1, fields.Length))),
        };
    }
}
