using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.GraphQL.History;
using GpSafetyHub.Hazards;
using GpSafetyHub.Operations.Programmes;
using GpSafetyHub.Programmes;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

/// <summary>Programmes' hazard logs: reading them, their versions and history, and the CSO's changes.</summary>
internal static class ProgrammeFields
{
    public static void AddProgrammeQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RiskMatrixGraphType>>("riskMatrix")
            .Description("The DCB0160 risk matrix the hub rates every risk with.")
            .Runs(_ => new GetRiskMatrix());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeListingGraphType>>>>("programmes")
            .Description("Every programme the caller may read, by name.")
            .Runs(_ => new ListProgrammes());

        query.Field<NonNullGraphType<ProgrammeGraphType>>("programme")
            .Description("A programme and its current hazard log. NOT_FOUND if there is no such programme.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The programme's id.")
            .Runs(ctx => new GetProgramme(ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ProgrammeGraphType>>("programmeAsOf")
            .Description("A programme's hazard log as it stood at a moment in the past, rebuilt from its history.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The programme's id.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("at", "The moment, e.g. 2026-11-01T09:00:00Z.")
            .Runs(ctx => new GetProgrammeAsOf(ctx.GetArgument<string>("id"), ctx.GetArgument<DateTimeOffset>("at")));

        query.Field<NonNullGraphType<HazardGraphType>>("hazard")
            .Description("One hazard of a programme's draft log.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The hazard's id, e.g. H-001.")
            .Runs(ctx => new GetHazard(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("hazardId")));

        query.Field<NonNullGraphType<PublishedVersionGraphType>>("version")
            .Description("A published version of a programme's hazard log, exactly as signed off.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IntGraphType>>("number", "The version number, from 1.")
            .Runs(ctx => new GetPublishedVersion(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<int>("number")));

        query.Field<NonNullGraphType<HistoryPageGraphType>>("history")
            .Description("A programme's history, newest first, paged.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .WithHistoryPaging()
            .Runs(ctx => new GetProgrammeHistory(ctx.GetArgument<string>("programmeId"), ctx.First(), ctx.Before()));
    }

    public static void AddProgrammeMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProgrammeGraphType>>("createProgramme")
            .Description("Creates a programme with an empty hazard log. CONFLICT if the id is taken.")
            .Argument<NonNullGraphType<CreateProgrammeInputGraphType>>("input", "The new programme.")
            .Runs(ctx => ctx.GetArgument<CreateProgramme>("input"));

        mutation.Field<NonNullGraphType<HazardGraphType>>("addHazard")
            .Description("Adds a hazard to a programme's draft log; it gets the next id (H-001, …).")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<HazardInputGraphType>>("hazard", "The hazard.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is being added (recorded in the history).")
            .Runs(ctx => new AddHazard(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<HazardContent>("hazard"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<HazardGraphType>>("reviseHazard")
            .Description("Replaces a draft hazard's content. CONFLICT, changing nothing, if the hazard is no longer at expectedRevision.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The hazard's id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The hazard revision the change is based on.")
            .Argument<NonNullGraphType<HazardInputGraphType>>("hazard", "The hazard's new content (all of it).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is being revised (recorded in the history).")
            .Runs(ctx => new ReviseHazard(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("hazardId"), ctx.GetArgument<int>("expectedRevision"),
                ctx.GetArgument<HazardContent>("hazard"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<HazardGraphType>>("closeHazard")
            .Description("Closes a hazard with a reason (hazards are never deleted). CONFLICT if it is no longer at expectedRevision.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The hazard's id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The hazard revision the closure is based on.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the hazard no longer applies.")
            .Runs(ctx => new CloseHazard(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("hazardId"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<PublishedVersionSummaryGraphType>>("publishVersion")
            .Description("Publishes the draft as the next version with the CSO's sign-off. CONFLICT if the draft changed since expectedDraftRevision; VALIDATION if a hazard lacks a residual risk, or a residual rating of 3+ lacks a justification.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedDraftRevision", "The draft revision the CSO reviewed.")
            .Argument<NonNullGraphType<SignOffInputGraphType>>("signOff", "The CSO's sign-off.")
            .Argument<NonNullGraphType<StringGraphType>>("summary", "What changed in this version.")
            .Runs(ctx => new PublishVersion(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<int>("expectedDraftRevision"), ctx.GetArgument<CsoSignOff>("signOff"), ctx.GetArgument<string>("summary")));
    }
}
