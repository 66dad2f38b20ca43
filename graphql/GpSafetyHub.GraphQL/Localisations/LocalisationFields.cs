using GpSafetyHub.Hazards;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Localisations;
using GpSafetyHub.Operations.Localisations;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GpSafetyHub.GraphQL.Programmes;

namespace GpSafetyHub.GraphQL.Localisations;

/// <summary>Queries and mutations of practices' localisations of programmes.</summary>
internal static class LocalisationFields
{
    public static void AddLocalisationQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<LocalisationGraphType>>("localisation")
            .Description("A practice's localisation of a programme, with the merged hazard log and what changed since it signed off. Status NOT_JOINED when the practice never joined.")
            .WithLocalisationArguments()
            .Runs(ctx => new GetLocalisation(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode")));

    public static void AddLocalisationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LocalisationGraphType>>("joinProgramme")
            .Description("Joins a practice to a programme under an MoU (or renews the MoU). The practice must be registered.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<MouInputGraphType>>("mou", "The MoU.")
            .Runs(ctx => new JoinProgramme(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<Mou>("mou")));

        mutation.Field<NonNullGraphType<LocalisationGraphType>>("leaveProgramme")
            .Description("Records that the MoU ended; the localisation is kept, read-only.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the practice is leaving.")
            .Runs(ctx => new LeaveProgramme(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<LocalisationGraphType>>("recordSop")
            .Description("Records the practice's SOP. CONFLICT if the SOP changed since expectedSopRevision.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<IntGraphType>>("expectedSopRevision", "The SOP revision the change is based on (0 for the first).")
            .Argument<NonNullGraphType<SopInputGraphType>>("sop", "The SOP.")
            .Runs(ctx => new RecordSop(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<int>("expectedSopRevision"), ctx.GetArgument<Sop>("sop")));

        mutation.Field<NonNullGraphType<LocalisationGraphType>>("assessHazard")
            .Description("Records the practice's decision on a programme hazard of the localised version. CONFLICT if the decision changed since expectedRevision.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The programme hazard, e.g. H-003.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The decision's revision the change is based on (0 for the first).")
            .Argument<NonNullGraphType<HazardDecisionInputGraphType>>("decision", "The decision.")
            .Runs(ctx => new AssessHazard(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<string>("hazardId"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<HazardDecision>("decision")));

        mutation.Field<NonNullGraphType<HazardGraphType>>("addLocalHazard")
            .Description("Adds a hazard that exists only at this practice (ids L-001, …).")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<HazardInputGraphType>>("hazard", "The hazard.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is being added.")
            .Runs(ctx => new AddLocalHazard(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<HazardContent>("hazard"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<HazardGraphType>>("reviseLocalHazard")
            .Description("Replaces a local hazard's content. CONFLICT if it changed since expectedRevision.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The local hazard, e.g. L-001.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The hazard revision the change is based on.")
            .Argument<NonNullGraphType<HazardInputGraphType>>("hazard", "The hazard's new content (all of it).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is being revised.")
            .Runs(ctx => new ReviseLocalHazard(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<string>("hazardId"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<HazardContent>("hazard"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<HazardGraphType>>("closeLocalHazard")
            .Description("Closes a local hazard with a reason. CONFLICT if it changed since expectedRevision.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<IdGraphType>>("hazardId", "The local hazard.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The hazard revision the closure is based on.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it no longer applies.")
            .Runs(ctx => new CloseLocalHazard(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<string>("hazardId"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<LocalisationGraphType>>("carryForward")
            .Description("Moves the localisation to the programme's current version: decisions on unchanged hazards kept, changed ones flagged for re-assessment, new ones unassessed.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The localisation revision the practice reviewed.")
            .Runs(ctx => new CarryForward(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<int>("expectedRevision")));

        mutation.Field<NonNullGraphType<LocalisationGraphType>>("signOffLocalisation")
            .Description("Signs off the localisation of the programme's current version. VALIDATION, naming each, while a hazard is unassessed or a justification is missing, or the SOP is not approved.")
            .WithLocalisationArguments()
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The localisation revision the signatory reviewed.")
            .Argument<NonNullGraphType<PracticeSignOffInputGraphType>>("signOff", "The sign-off.")
            .Runs(ctx => new SignOffLocalisation(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<PracticeSignOff>("signOff")));
    }

    private static FieldBuilder<object?, object> WithLocalisationArguments(this FieldBuilder<object?, object> field) => field
        .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
        .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.");
}
