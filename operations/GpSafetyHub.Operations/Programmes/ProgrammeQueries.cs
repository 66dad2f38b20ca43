using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations.Programmes;

/// <summary>Every programme the caller may read, by name.</summary>
public sealed record ListProgrammes : IQuery<IReadOnlyList<ProgrammeListing>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.Anyone;

    public async Task<IReadOnlyList<ProgrammeListing>> Run(OperationContext context) =>
        await (await ProgrammeReads.ListingsAsync(context)).VisibleAsync(p => context.Scope.ReadsProgrammeAsync(p.Id));
}

/// <summary>A programme and its current hazard log.</summary>
public sealed record GetProgramme(string Id) : IQuery<ProgrammeView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, Id);

    public Task<ProgrammeView> Run(OperationContext context) => context.ProgrammeLog(Id, "id").Get();
}

/// <summary>A programme's hazard log as it stood at a moment in the past.</summary>
public sealed record GetProgrammeAsOf(string Id, DateTimeOffset At) : IQuery<ProgrammeView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, Id);

    public Task<ProgrammeView> Run(OperationContext context) => context.ProgrammeLog(Id, "id").GetAsOf(At);
}

/// <summary>One hazard of a programme's draft log.</summary>
public sealed record GetHazard(string ProgrammeId, string HazardId) : IQuery<Hazard>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public async Task<Hazard> Run(OperationContext context)
    {
        var hazardId = Hazard.ParseId(HazardId);
        var programme = await context.ProgrammeLog(ProgrammeId).Get();
        return programme.Hazards.FirstOrDefault(h => h.Id == hazardId)
            ?? throw new NotFoundException($"Hazard {hazardId} is not in this programme's log.", "hazardId");
    }
}

/// <summary>A published version, exactly as signed off.</summary>
public sealed record GetPublishedVersion(string ProgrammeId, int Number) : IQuery<PublishedVersion>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public Task<PublishedVersion> Run(OperationContext context) => context.ProgrammeLog(ProgrammeId).GetVersion(Number);
}

/// <summary>
/// What changed, hazard by hazard, from one published version to a later one, or (with no
/// <see cref="To"/>) to the draft as it stands: what the next version would publish.
/// </summary>
public sealed record CompareVersions(string ProgrammeId, int From, int? To) : IQuery<IReadOnlyList<HazardChange>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public async Task<IReadOnlyList<HazardChange>> Run(OperationContext context)
    {
        var log = context.ProgrammeLog(ProgrammeId);
        var from = await log.GetVersion(From);
        var to = To is { } number ? (await log.GetVersion(number)).Hazards : (await log.Get()).Hazards;
        return VersionDiff.Between(from.Hazards, to);
    }
}

/// <summary>A programme's history, newest first, paged.</summary>
public sealed record GetProgrammeHistory(string ProgrammeId, int First, long? Before) : IQuery<HistoryPage>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsProgramme(context, ProgrammeId);

    public Task<HistoryPage> Run(OperationContext context) => context.ProgrammeLog(ProgrammeId).GetHistory(First, Before);
}

/// <summary>The DCB0160 risk matrix the hub rates every risk with: it holds no data, so anyone signed in reads it.</summary>
public sealed record GetRiskMatrix : IQuery<RiskMatrixView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.Anyone;

    public Task<RiskMatrixView> Run(OperationContext context) => Task.FromResult(RiskMatrixView.Standard);
}
