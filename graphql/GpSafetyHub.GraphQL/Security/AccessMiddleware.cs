using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Http;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Security;

/// <summary>
/// Applies <see cref="AccessRules"/> before a field resolves. Every root field, and every nested
/// field that reaches beyond its parent, must have a rule: one without is refused, never open by default.
/// </summary>
internal sealed class AccessMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var key = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
        if (AccessRules.ByField.TryGetValue(key, out var rule))
        {
            var caller = ((HubUserContext)context.UserContext).Caller;
            if (await rule(context, caller, new ScopeChecks(context.Grains(), caller)) is { } refusal) throw refusal;
        }
        else if (NeedsRule(context.Schema, context.ParentType, context.FieldDefinition))
        {
            throw new ForbiddenException($"No access rule covers {key}; it is refused until one does.");
        }

        return await next(context);
    }

    /// <summary>
    /// Whether a field may only resolve under a rule of its own: every root field, and every nested
    /// field that is not a plain read of one of its parent's properties (those read only what the
    /// parent's rule already allowed). Introspection is the schema's, not the hub's data.
    /// </summary>
    public static bool NeedsRule(ISchema schema, IGraphType parent, FieldType field)
    {
        if (field.Name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal)) return false;
        if (parent == schema.Query || parent == schema.Mutation) return true;
        return !IsPropertyRead(field);
    }

    // graphql-dotnet marks a field declared as a member expression (Field(x => x.Name)) with the
    // member's name; anything declared with a resolver of its own (which may call grains) lacks it.
    private const string PropertyReadMarker = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    private static bool IsPropertyRead(FieldType field) => field.GetMetadata<string?>(PropertyReadMarker) is not null;
}
