using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.GraphQL.Localisations;
using GpSafetyHub.Operations.Localisations;
using GpSafetyHub.Operations.Programmes;
using GpSafetyHub.Programmes;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class ProgrammeGraphType : ObjectGraphType<ProgrammeView>
{
    public ProgrammeGraphType()
    {
        Name = "Programme";
        Description = "A programme: one software deployment under one CSO function, with its hazard log (draft and published versions).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme's id, a lower-case slug.");
        Field(x => x.Details).Description("What the programme deploys and who is accountable.");
        Field(x => x.CreatedAt).Description("When the programme was created.");
        Field(x => x.DraftRevision).Description("Counts changes to the draft; pass it as expectedDraftRevision when publishing.");
        Field(x => x.Hazards).Description("The draft hazard log: every hazard, closed ones included, by id.");
        Field(x => x.Versions).Description("Every published version, oldest first.");
        Field(x => x.CurrentVersion, nullable: true).Description("The latest published version, if any.");
        Field(x => x.HistoryLength).Description("How many changes the programme's history holds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HazardChangeGraphType>>>>("changes")
            .Description("What changed, hazard by hazard, from a published version to a later one, or to the draft when `to` is left out. Unchanged hazards are left out.")
            .Argument<NonNullGraphType<IntGraphType>>("from", "The earlier version's number.")
            .Argument<IntGraphType>("to", "The later version's number; leave it out to compare with the draft.")
            .Runs(ctx => new CompareVersions(ctx.Source.Id, ctx.GetArgument<int>("from"), ctx.GetArgument<int?>("to")));
        Field<NonNullGraphType<LocalisationPageGraphType>>("localisations")
            .Description("Practices' localisations of this programme, by ODS code, with their status against the current version.")
            .Argument<IntGraphType>("first", "How many, 1 to 500 (default 100).")
            .Argument<StringGraphType>("after", "Only practices after this ODS code (a previous page's endCursor).")
            .Runs(ctx => new ListProgrammeLocalisations(ctx.Source.Id, ctx.GetArgument("first", 100), ctx.GetArgument<string?>("after")));
    }
}
