using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.GraphQL.Types;
using GpSafetyHub.Programmes;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

public sealed class HubQuery : ObjectGraphType
{
    public HubQuery()
    {
        Name = "Query";
        Description = "Reading programmes, their hazard logs, published versions and history.";

        Field<NonNullGraphType<RiskMatrixGraphType>>("riskMatrix")
            .Description("The DCB0160 risk matrix the hub rates every risk with.")
            .Resolve(_ => new object());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeListingGraphType>>>>("programmes")
            .Description("Every programme the caller may read, by name.")
            .ResolveAsync(async ctx =>
            {
                var checks = ctx.Checks();
                return await (await ctx.Grains().GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List()).VisibleAsync(p => checks.ReadsProgrammeAsync(p.Id));
            });

        Field<NonNullGraphType<ProgrammeGraphType>>("programme")
            .Description("A programme and its current hazard log. NOT_FOUND if there is no such programme.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The programme's id.")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog("id").Get());

        Field<NonNullGraphType<ProgrammeGraphType>>("programmeAsOf")
            .Description("A programme's hazard log as it stood at a moment in the past, rebuilt from its history.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The programme's id.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("at", "The moment, e.g. 2026-11-01T09:00:00Z.")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog("id").GetAsOf(ctx.GetArgument<DateTimeOffset>("at")));

        Field<NonNullGraphType<HazardGraphType>>("hazard")
            .Description("One hazard of a programme's draft log.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The hazard's id, e.g. H-001.")
            .ResolveAsync(async ctx =>
            {
                var hazardId = Hazard.ParseId(ctx.GetArgument<string>("hazardId"));
                var programme = await ctx.ProgrammeLog().Get();
                return programme.Hazards.FirstOrDefault(h => h.Id == hazardId)
                    ?? throw new NotFoundException($"Hazard {hazardId} is not in this programme's log.", "hazardId");
            });

        Field<NonNullGraphType<PublishedVersionGraphType>>("version")
            .Description("A published version of a programme's hazard log, exactly as signed off.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IntGraphType>>("number", "The version number, from 1.")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog().GetVersion(ctx.GetArgument<int>("number")));

        Field<NonNullGraphType<HistoryPageGraphType>>("history")
            .Description("A programme's history, newest first, paged.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<IntGraphType>("first", "How many entries, 1 to 100 (default 20).")
            .Argument<LongGraphType>("before", "Only entries older than this sequence number (from a previous page's nextBefore).")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog().GetHistory(
                ctx.GetArgument("first", 20), ctx.GetArgument<long?>("before")));

        this.AddPracticeQueries();
        this.AddLocalisationQueries();
        this.AddCoverageQueries();
        this.AddAlertQueries();
        this.AddReminderQueries();
    }
}
