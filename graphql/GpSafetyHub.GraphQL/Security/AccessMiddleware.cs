using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Http;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Security;

/// <summary>
/// Applies <see cref="AccessRules"/> before a field resolves: every root field must have a rule
/// (one without is refused, never open by default); nested fields are checked when they have one.
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
        else if (context.ParentType is IObjectGraphType parent && IsRoot(context.Schema, parent) && !context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
        {
            throw new ForbiddenException($"No access rule covers {key}; it is refused until one does.");
        }

        return await next(context);
    }

    private static bool IsRoot(ISchema schema, IObjectGraphType type) => type == schema.Query || type == schema.Mutation;
}
