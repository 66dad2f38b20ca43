using GpSafetyHub.GraphQL.Types;
using GpSafetyHub.History;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

/// <summary>The one shape of every paged history field: <c>history(first, before)</c>, newest first.</summary>
internal static class HistoryPaging
{
    private const int DefaultPage = 20;

    /// <summary>Adds a <c>history</c> field that reads its page through <paramref name="read"/>(context, first, before).</summary>
    public static void AddHistoryField<TSource>(
        this ObjectGraphType<TSource> type, string description, Func<IResolveFieldContext<TSource>, int, long?, Task<HistoryPage>> read) =>
        type.Field<NonNullGraphType<HistoryPageGraphType>>("history")
            .Description(description)
            .Argument<IntGraphType>("first", $"How many entries, 1 to 100 (default {DefaultPage}).")
            .Argument<LongGraphType>("before", "Only entries older than this sequence number (from a previous page's nextBefore).")
            .ResolveAsync(async ctx => await read(ctx, ctx.GetArgument("first", DefaultPage), ctx.GetArgument<long?>("before")));
}
