using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.History;

/// <summary>The one shape of every paged history field: <c>history(first, before)</c>, newest first.</summary>
internal static class HistoryPaging
{
    private const int DefaultPage = 20;

    /// <summary>The paging arguments, <c>first</c> and <c>before</c>.</summary>
    public static FieldBuilder<TSource, object> WithHistoryPaging<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<IntGraphType>("first", $"How many entries, 1 to 100 (default {DefaultPage}).")
        .Argument<LongGraphType>("before", "Only entries older than this sequence number (from a previous page's nextBefore).");

    public static int First(this IResolveFieldContext context) => context.GetArgument("first", DefaultPage);

    public static long? Before(this IResolveFieldContext context) => context.GetArgument<long?>("before");

    /// <summary>Adds a <c>history</c> field that reads its page with the operation <paramref name="read"/> builds.</summary>
    public static void AddHistoryField<TSource, TOperation>(
        this ObjectGraphType<TSource> type, string description, Func<IResolveFieldContext<TSource>, TOperation> read)
        where TOperation : IOperation =>
        type.Field<NonNullGraphType<HistoryPageGraphType>>("history")
            .Description(description)
            .WithHistoryPaging()
            .Runs(read);
}
