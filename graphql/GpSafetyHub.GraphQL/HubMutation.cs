using GpSafetyHub.GraphQL.Inputs;
using GpSafetyHub.GraphQL.Types;
using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

public sealed class HubMutation : ObjectGraphType
{
    public HubMutation()
    {
        Name = "Mutation";
        Description = "Changing programme hazard logs, practices and localisations. Every change is attributed to the acting person and recorded in the history with the change.";

        Field<NonNullGraphType<ProgrammeGraphType>>("createProgramme")
            .Description("Creates a programme with an empty hazard log. CONFLICT if the id is taken.")
            .Argument<NonNullGraphType<CreateProgrammeInputGraphType>>("input", "The new programme.")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CreateProgrammeInput>("input");
                var id = ProgrammeId.Parse(input.Id, "input.id");
                return await ctx.Grains().GetGrain<IProgrammeHazardLogGrain>(id.Value).Create(input.Details, ctx.Actor());
            });

        Field<NonNullGraphType<HazardGraphType>>("addHazard")
            .Description("Adds a hazard to a programme's draft log; it gets the next id (H-001, …).")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<HazardInputGraphType>>("hazard", "The hazard.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is being added (recorded in the history).")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog().AddHazard(
                ctx.GetArgument<HazardContent>("hazard"), ctx.GetArgument<string>("reason"), ctx.Actor()));

        Field<NonNullGraphType<HazardGraphType>>("reviseHazard")
            .Description("Replaces a draft hazard's content. CONFLICT, changing nothing, if the hazard is no longer at expectedRevision.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The hazard's id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The hazard revision the change is based on.")
            .Argument<NonNullGraphType<HazardInputGraphType>>("hazard", "The hazard's new content (all of it).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is being revised (recorded in the history).")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog().ReviseHazard(
                Hazard.ParseId(ctx.GetArgument<string>("hazardId")), ctx.GetArgument<int>("expectedRevision"),
                ctx.GetArgument<HazardContent>("hazard"), ctx.GetArgument<string>("reason"), ctx.Actor()));

        Field<NonNullGraphType<HazardGraphType>>("closeHazard")
            .Description("Closes a hazard with a reason (hazards are never deleted). CONFLICT if it is no longer at expectedRevision.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The hazard's id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The hazard revision the closure is based on.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the hazard no longer applies.")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog().CloseHazard(
                Hazard.ParseId(ctx.GetArgument<string>("hazardId")), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<string>("reason"), ctx.Actor()));

        Field<NonNullGraphType<PublishedVersionSummaryGraphType>>("publishVersion")
            .Description("Publishes the draft as the next version with the CSO's sign-off. CONFLICT if the draft changed since expectedDraftRevision; VALIDATION if a hazard lacks a residual risk, or a residual rating of 3+ lacks a justification.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedDraftRevision", "The draft revision the CSO reviewed.")
            .Argument<NonNullGraphType<SignOffInputGraphType>>("signOff", "The CSO's sign-off.")
            .Argument<NonNullGraphType<StringGraphType>>("summary", "What changed in this version.")
            .ResolveAsync(async ctx => await ctx.ProgrammeLog().Publish(
                ctx.GetArgument<int>("expectedDraftRevision"), ctx.GetArgument<CsoSignOff>("signOff"), ctx.GetArgument<string>("summary"), ctx.Actor()));

        this.AddPracticeMutations();
        this.AddLocalisationMutations();
        this.AddCoverageMutations();
        this.AddAlertMutations();
    }
}
