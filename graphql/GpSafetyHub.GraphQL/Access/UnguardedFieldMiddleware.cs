using GpSafetyHub.Errors;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Access;

/// <summary>
/// Refuses any field that could reach data without an operation behind it: every root field, and
/// every nested field that is neither a plain read of its parent's property nor marked as worked
/// out from its parent, must run an operation (whose rule decides who may). Never open by default.
/// </summary>
internal sealed class UnguardedFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        IsUnguarded(context.Schema, context.ParentType, context.FieldDefinition)
            ? throw new ForbiddenException($"No operation backs {context.ParentType.Name}.{context.FieldDefinition.Name}; it is refused until one does.")
            : next(context);

    /// <summary>
    /// Whether a field may only resolve by running an operation: every root field, and every nested
    /// field that is not a plain read of one of its parent's properties (those read only what the
    /// parent's operation already allowed). Introspection is the schema's, not the hub's data.
    /// </summary>
    public static bool NeedsOperation(ISchema schema, IGraphType parent, FieldType field)
    {
        if (field.Name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal)) return false;
        if (parent == schema.Query || parent == schema.Mutation) return true;
        return !IsPropertyRead(field);
    }

    public static bool IsUnguarded(ISchema schema, IGraphType parent, FieldType field) =>
        NeedsOperation(schema, parent, field) && OperationFields.OperationOf(field) is null
        && !(OperationFields.IsFromParent(field) && parent != schema.Query && parent != schema.Mutation);

    // graphql-dotnet marks a field declared as a member expression (Field(x => x.Name)) with the
    // member's name; anything declared with a resolver of its own (which may reach further) lacks it.
    private const string PropertyReadMarker = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    private static bool IsPropertyRead(FieldType field) => field.GetMetadata<string?>(PropertyReadMarker) is not null;
}
