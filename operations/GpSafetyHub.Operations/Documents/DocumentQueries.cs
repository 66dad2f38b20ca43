using GpSafetyHub.Documents;
using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;

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
