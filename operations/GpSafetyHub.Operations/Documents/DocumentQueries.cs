using GpSafetyHub.Documents;
using GpSafetyHub.Documents.Alerts;
using GpSafetyHub.Documents.Coverage;
using GpSafetyHub.Documents.Deployments;
using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Documents.Reports;
using GpSafetyHub.Documents.SafetyCases;
using GpSafetyHub.Documents.Tables;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Operations.Alerts;
using GpSafetyHub.Operations.Coverage;
using GpSafetyHub.Operations.Deployments;
using GpSafetyHub.Operations.Localisations;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Documents;

/// <summary>A programme's hazard log as an XLSX workbook: a published version, or (with no version) the draft, marked as such.</summary>
public sealed record ExportHazardLog(string ProgrammeId, int? Version) : IQuery<DocumentFile>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public async Task<DocumentFile> Run(OperationContext context)
    {
        var log = context.ProgrammeLog(ProgrammeId);
        var programme = await log.Get();
        return HazardLogWorkbook.For(programme, Version is { } number ? await log.GetVersion(number) : null);
    }
}

/// <summary>Every row of an ICB's coverage, as XLSX or CSV: for the ICB itself and national users, as its dashboard.</summary>
public sealed record ExportIcbCoverage(string Icb, TableFormat Format) : IQuery<DocumentFile>
{
    public ValueTask<HubException?> Access(OperationContext context) => new GetIcbCoverage(Icb).Access(context);

    public async Task<DocumentFile> Run(OperationContext context)
    {
        var icb = OrganisationCodes.RequireIcb(Icb);
        return CoverageTable.For(icb, (await CoverageReads.OfIcbAsync(context, icb)).Rows, Format);
    }
}

/// <summary>A practice's CAS alert log, as XLSX or CSV: for whoever may read the practice (another practice is answered as missing).</summary>
public sealed record ExportPracticeAlertLog(string OdsCode, TableFormat Format) : IQuery<DocumentFile>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsPractice(context, OdsCode);

    public async Task<DocumentFile> Run(OperationContext context)
    {
        var ods = OrganisationCodes.RequirePractice(OdsCode);
        var standings = await AlertReads.ForPracticesAsync(context, [await context.Practice(ods).GetCoverage()]);
        var entries = standings.SelectMany(s => s.Practices.Where(p => p.OdsCode == ods).Select(p => (s.Alert, p))).ToArray();
        return AlertLogTable.For(ods, entries, Format);
    }
}

/// <summary>The Clinical Safety Case Report of a published version, as DOCX or as a printable HTML page: for whoever reads the programme.</summary>
public sealed record ExportSafetyCaseReport(string ProgrammeId, int Version, ReportFormat Format) : IQuery<DocumentFile>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public async Task<DocumentFile> Run(OperationContext context)
    {
        var log = context.ProgrammeLog(ProgrammeId);
        return SafetyCaseReport.For(await log.Get(), await log.GetVersion(Version)).As(Format);
    }
}

/// <summary>A practice's localised safety case, as DOCX or a printable HTML page: for whoever may read the localisation.</summary>
public sealed record ExportLocalisedSafetyCase(string ProgrammeId, string OdsCode, ReportFormat Format) : IQuery<DocumentFile>
{
    // The most changes the document's history lists, newest first: years of a practice's decisions.
    private const int MaxHistory = 2000;

    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsLocalisation(context, ProgrammeId, OdsCode);

    public async Task<DocumentFile> Run(OperationContext context)
    {
        var localisation = await new GetLocalisation(ProgrammeId, OdsCode).Run(context);
        var practice = await context.Practice(OdsCode).Get();
        var version = localisation.Summary.LocalisedVersion is { } number ? await context.ProgrammeLog(ProgrammeId).GetVersion(number) : null;
        var history = new List<GpSafetyHub.History.HistoryEntry>();
        long? before = null;
        do
        {
            var page = await context.Localisation(ProgrammeId, OdsCode).GetHistory(100, before);
            history.AddRange(page.Entries);
            before = page.NextBefore;
        }
        while (before is not null && history.Count < MaxHistory);

        return LocalisedSafetyCase.For(practice, localisation, version, history).As(Format);
    }
}

/// <summary>An ICB's deployment pipeline, as XLSX or CSV: for the ICB itself and national users, as its board.</summary>
public sealed record ExportDeploymentPipeline(string Icb, TableFormat Format, string? ProgrammeId = null) : IQuery<DocumentFile>
{
    public ValueTask<HubException?> Access(OperationContext context) => new GetIcbDeploymentBoard(Icb).Access(context);

    public async Task<DocumentFile> Run(OperationContext context)
    {
        var board = await new GetIcbDeploymentBoard(Icb, ProgrammeId).Run(context);
        return PipelineTable.For(board.Scope, board.Deployments, Format);
    }
}
