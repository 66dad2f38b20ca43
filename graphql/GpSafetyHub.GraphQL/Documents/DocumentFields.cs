using GpSafetyHub.Documents.Reports;
using GpSafetyHub.Documents.Tables;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Documents;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Documents;

/// <summary>The documents people are asked for, produced from the records.</summary>
internal static class DocumentFields
{
    public static void AddDocumentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DocumentGraphType>>("hazardLogSpreadsheet")
            .Description("A programme's hazard log as XLSX in the NHS hazard log template's columns, with its controls, the risk matrix and the versions' sign-offs: a published version, or the draft (marked as draft) when `version` is left out.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<IntGraphType>("version", "The published version's number; leave it out for the draft.")
            .Runs(ctx => new ExportHazardLog(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<int?>("version")));

        query.Field<NonNullGraphType<DocumentGraphType>>("safetyCaseReport")
            .Description("The Clinical Safety Case Report of a published version: scope, the system, the risk approach, the hazards, those rated 3 or more with their justification, open hazards, the CSO's statement and sign-off, and the version history.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The published version's number.")
            .Argument<NonNullGraphType<ReportFormatGraphType>>("format", "DOCX or HTML.")
            .Runs(ctx => new ExportSafetyCaseReport(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<int>("version"), ctx.GetArgument<ReportFormat>("format")));

        query.Field<NonNullGraphType<DocumentGraphType>>("localisedSafetyCase")
            .Description("A practice's localised safety case, the document it hands an inspector: the programme version it localised, its MoU and SOP, each hazard with the programme's and the practice's controls and residual risk (or why it does not apply), its own hazards, its sign-offs and its history of decisions.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Argument<NonNullGraphType<ReportFormatGraphType>>("format", "DOCX or HTML.")
            .Runs(ctx => new ExportLocalisedSafetyCase(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("odsCode"), ctx.GetArgument<ReportFormat>("format")));

        query.Field<NonNullGraphType<DocumentGraphType>>("icbCoverageTable")
            .Description("Every row of an ICB's coverage (the dashboard's table), as XLSX or CSV. For the ICB itself and national users.")
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's ODS code, e.g. QMF.")
            .Argument<NonNullGraphType<TableFormatGraphType>>("format", "XLSX or CSV.")
            .Runs(ctx => new ExportIcbCoverage(ctx.GetArgument<string>("icb"), ctx.GetArgument<TableFormat>("format")));

        query.Field<NonNullGraphType<DocumentGraphType>>("practiceAlertLog")
            .Description("A practice's CAS alert log, as XLSX or CSV: every alert that concerns it, acknowledged when and by whom, and what was done, against the deadlines.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Argument<NonNullGraphType<TableFormatGraphType>>("format", "XLSX or CSV.")
            .Runs(ctx => new ExportPracticeAlertLog(ctx.GetArgument<string>("odsCode"), ctx.GetArgument<TableFormat>("format")));
    }
}
