using GpSafetyHub.Deployments;
using GpSafetyHub.Documents.Tables;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.GraphQL.Documents;
using GpSafetyHub.Operations.Deployments;
using GpSafetyHub.Operations.Documents;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Deployments;

/// <summary>Queries and mutations of practices' deployments and programmes' deployment set-ups.</summary>
internal static class DeploymentFields
{
    public static void AddDeploymentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DeploymentGraphType>>("deployment")
            .Description("A practice's deployment of a programme, every checklist step with its clock. VALIDATION while the programme has declared no procurement route.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Runs(ctx => new GetDeployment(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeploymentGraphType>>>>("practiceDeployments")
            .Description("A practice's deployments: each programme it joined or recorded a step of, whose route is declared.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Runs(ctx => new ListPracticeDeployments(ctx.GetArgument<string>("odsCode")));

        query.Field<NonNullGraphType<ProgrammeDeploymentGraphType>>("programmeDeployment")
            .Description("A programme's deployment set-up: procurement route, shared artefacts, ICBs' blanket permissions.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Runs(ctx => new GetProgrammeDeployment(ctx.GetArgument<string>("programmeId")));

        query.Field<NonNullGraphType<DeploymentBoardGraphType>>("icbDeploymentBoard")
            .Description("An ICB's deployment board: every deployment of its practices, filterable by programme and by whose turn it is, with KPI figures. For the ICB itself and national users.")
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's ODS code, e.g. QMF.")
            .Argument<IdGraphType>("programmeId", "Only this programme's deployments (the figures too).")
            .Argument<DeploymentPartyGraphType>("turn", "Only deployments where it is this party's turn (the figures stay over all).")
            .Runs(ctx => new GetIcbDeploymentBoard(ctx.GetArgument<string>("icb"), ctx.GetArgument<string?>("programmeId"), ctx.GetArgument<DeploymentParty?>("turn")));

        query.Field<NonNullGraphType<DeploymentBoardGraphType>>("programmeDeploymentBoard")
            .Description("Where each practice stands with a programme's deployment, with KPI figures: for the programme's CSO function and national users.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<DeploymentPartyGraphType>("turn", "Only deployments where it is this party's turn.")
            .Runs(ctx => new GetProgrammeDeploymentBoard(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<DeploymentParty?>("turn")));

        query.Field<NonNullGraphType<DocumentGraphType>>("deploymentPipelineTable")
            .Description("An ICB's deployment pipeline, a row per practice deployment with each step's status, as XLSX or CSV. For the ICB itself and national users.")
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's ODS code.")
            .Argument<NonNullGraphType<TableFormatGraphType>>("format", "XLSX or CSV.")
            .Argument<IdGraphType>("programmeId", "Only this programme's deployments.")
            .Runs(ctx => new ExportDeploymentPipeline(ctx.GetArgument<string>("icb"), ctx.GetArgument<TableFormat>("format"), ctx.GetArgument<string?>("programmeId")));
    }

    public static void AddDeploymentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DeploymentGraphType>>("recordDeploymentStep")
            .Description("Records one step of a practice's deployment: by the practice, or its ICB; only the ICB decides the ICB permission step. CONFLICT if the deployment changed since expectedRevision.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The deployment's revision the change is based on (0 for the first).")
            .Argument<NonNullGraphType<StepChangeInputGraphType>>("change", "The step's new record.")
            .Runs(ctx => new RecordDeploymentStep(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<StepChange>("change")));

        mutation.Field<NonNullGraphType<ProgrammeDeploymentGraphType>>("declareProcurementRoute")
            .Description("Declares how the programme's software is procured (ICB-led or practice-led), which decides who does each step. The programme's CSO function.")
            .WithSetUpArguments()
            .Argument<NonNullGraphType<ProcurementRouteGraphType>>("route", "The route.")
            .Runs(ctx => new DeclareProcurementRoute(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<ProcurementRoute>("route")));

        mutation.Field<NonNullGraphType<ProgrammeDeploymentGraphType>>("recordProgrammeArtefact")
            .Description("Records an artefact every practice's deployment shares: a DTAC or IT assessment completes their step; a DPIA template or DPA is shown on their information governance step. The programme's CSO function.")
            .WithSetUpArguments()
            .Argument<NonNullGraphType<ProgrammeArtefactKindGraphType>>("kind", "What it is.")
            .Argument<NonNullGraphType<StringGraphType>>("reference", "A document reference or link.")
            .Argument<StringGraphType>("note", "A note.")
            .Runs(ctx => new RecordProgrammeArtefact(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<ProgrammeArtefactKind>("kind"), ctx.GetArgument<string>("reference"), ctx.GetArgument<string?>("note")));

        mutation.Field<NonNullGraphType<ProgrammeDeploymentGraphType>>("recordBlanketPermission")
            .Description("Records an ICB's permission for the whole programme, inherited by each of its practices that has no decision of its own. The ICB itself.")
            .WithSetUpArguments()
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's ODS code.")
            .Argument<NonNullGraphType<PermissionDecisionGraphType>>("decision", "The decision.")
            .Argument<StringGraphType>("note", "Why: required when prohibited.")
            .Argument<StringGraphType>("evidence", "A document reference or link.")
            .Runs(ctx => new RecordBlanketPermission(
                ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("icb"), ctx.GetArgument<int>("expectedRevision"), ctx.GetArgument<PermissionDecision>("decision"),
                ctx.GetArgument<string?>("note"), ctx.GetArgument<string?>("evidence")));
    }

    private static FieldBuilder<object?, object> WithSetUpArguments(this FieldBuilder<object?, object> field) => field
        .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
        .Argument<NonNullGraphType<IntGraphType>>("expectedRevision", "The set-up's revision the change is based on (0 for the first).");
}
