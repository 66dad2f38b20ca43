using GpSafetyHub.GraphQL.Http;
using GpSafetyHub.Operations;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Access;

/// <summary>
/// How a field reaches data: it runs one operation of the operations layer, whose access rule is
/// checked before anything is read. The field is marked with the operation, so a test (and the
/// <see cref="UnguardedFieldMiddleware"/>) knows which fields are backed and by what.
/// </summary>
internal static class OperationFields
{
    public const string OperationKey = "hub.operation";
    public const string FromParentKey = "hub.fromParent";

    /// <summary>Resolves the field by running the operation <paramref name="operation"/> builds from the arguments (and the parent).</summary>
    public static FieldBuilder<TSource, object> Runs<TSource, TOperation>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, TOperation> operation)
        where TOperation : IOperation =>
        field.WithMetadata(OperationKey, typeof(TOperation))
            .ResolveAsync(async ctx => await operation(ctx).RunBoxedIn(((HubUserContext)ctx.UserContext).Session));

    /// <summary>
    /// Marks a field worked out from its parent alone (a figure derived from the parent's own
    /// properties): whoever could read the parent may read it, and it reaches nothing else.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> FromParent<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(FromParentKey, true);

    public static Type? OperationOf(FieldType field) => field.GetMetadata<Type?>(OperationKey);

    public static bool IsFromParent(FieldType field) => field.GetMetadata(FromParentKey, false);
}
