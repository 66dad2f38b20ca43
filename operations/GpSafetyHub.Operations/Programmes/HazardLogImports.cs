using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations.Programmes;

/// <summary>What importing a hazard log file would do, row by row; nothing changes.</summary>
public sealed record HazardLogImportPreview(string FileName, IReadOnlyList<HazardLogImportRow> Rows)
{
    public bool Ready => Rows.Any(r => r.BecomesHazardId is not null) && Rows.All(r => r.Problems.Count == 0);
}

/// <summary>A row of the file: the hazard it would become (its id in the draft), why it is refused, or why it is left out.</summary>
public sealed record HazardLogImportRow(int Row, string? Title, string? BecomesHazardId, IReadOnlyList<FieldViolation> Problems, string? Skipped = null);

/// <summary>Reads a hazard log file (XLSX or CSV in the NHS template's columns) and says what importing it would add to the draft, changing nothing.</summary>
public sealed record PreviewHazardLogImport(string ProgrammeId, string FileName, byte[] Content) : IQuery<HazardLogImportPreview>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public async Task<HazardLogImportPreview> Run(OperationContext context)
    {
        // Hazards are never deleted, so the next ids follow the count of every hazard ever added.
        var next = (await context.ProgrammeLog(ProgrammeId).Get()).Hazards.Count;
        var file = HazardLogReader.Read(FileName, Content);
        return new HazardLogImportPreview(file.FileName, file.Rows.Select(r =>
            new HazardLogImportRow(r.Row, r.Title, r.Hazard is not null ? Hazard.IdFor(++next) : null, r.Problems, r.Skipped)).ToArray());
    }
}

/// <summary>
/// Imports a hazard log file into the draft, each hazard's history naming the file and row. A file
/// with any refused row imports nothing; importing the same file again adds nothing twice.
/// </summary>
public sealed record ImportHazardLog(string ProgrammeId, string FileName, byte[] Content) : ICommand<IReadOnlyList<Hazard>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public Task<IReadOnlyList<Hazard>> Run(OperationContext context)
    {
        var file = HazardLogReader.Read(FileName, Content);
        if (file.HasProblems)
            throw new ValidationFailedException(file.Rows.SelectMany(r => r.Problems.Select(p => new FieldViolation($"row {r.Row}: {p.Field}", p.Rule))).ToArray());
        var rows = file.Rows.Where(r => r.Hazard is not null).ToArray();
        if (rows.Length == 0) throw new ValidationFailedException("file", "has no hazards to import under its heading row");
        return context.ProgrammeLog(ProgrammeId).ImportHazards(
            rows.Select(r => new ImportedHazard($"file:{file.Digest}/{r.Row}", r.Hazard!, $"{file.FileName}, row {r.Row}")).ToArray(), context.Caller.Actor);
    }
}

/// <summary>
/// Creates a programme whose draft starts with the open hazards of another programme's published
/// version (the same software in another region, or a hazard library), each hazard's history
/// naming where it came from. Asking again after a failure completes it without adding anything twice.
/// </summary>
public sealed record StartProgrammeFrom(string Id, ProgrammeDetails Details, string SourceProgrammeId, int SourceVersion) : ICommand<ProgrammeView>
{
    public async ValueTask<HubException?> Access(OperationContext context) =>
        await new CreateProgramme(Id, Details).Access(context) ?? await Rules.ReadsProgramme(context, SourceProgrammeId);

    public async Task<ProgrammeView> Run(OperationContext context)
    {
        var source = await context.ProgrammeLog(SourceProgrammeId, "sourceProgrammeId").GetVersion(SourceVersion);
        var log = context.Grains.GetGrain<IProgrammeHazardLogGrain>(GpSafetyHub.Programmes.ProgrammeId.Parse(Id, "input.id").Value);
        try
        {
            await log.Create(Details, context.Caller.Actor);
        }
        catch (ConflictException)
        {
            // Created by an earlier request that failed before its hazards were in: carry on. Any other programme of that id is a conflict.
            if ((await log.Get()).Details != Details.Cleaned()) throw;
        }

        var hazards = source.Hazards.Where(h => !h.IsClosed)
            .Select(h => new ImportedHazard($"programme:{source.ProgrammeId}@{source.Summary.Number}/{h.Id}", h.Content, $"{source.ProgrammeId} version {source.Summary.Number}, {h.Id}"))
            .ToArray();
        if (hazards.Length > 0) await log.ImportHazards(hazards, context.Caller.Actor);
        return await log.Get();
    }
}
