using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations.Programmes;

/// <summary>Creates a programme with an empty hazard log, as a CSO function with its own function (or the programme's id) in scope.</summary>
public sealed record CreateProgramme(string Id, ProgrammeDetails Details) : ICommand<ProgrammeView>
{
    public ValueTask<HubException?> Access(OperationContext context)
    {
        var caller = context.Caller;
        var allowed = caller.Has(HubRole.Cso) && (caller.Programmes.Contains(Id) || caller.CsoFunctions.Contains(Details.CsoFunction?.Trim() ?? ""));
        return ValueTask.FromResult(allowed ? null : Rules.Forbidden("Only a CSO function creates programmes, with its own function (or the programme's id) in scope."));
    }

    public Task<ProgrammeView> Run(OperationContext context) =>
        context.Grains.GetGrain<IProgrammeHazardLogGrain>(ProgrammeId.Parse(Id, "input.id").Value).Create(Details, context.Caller.Actor);
}

/// <summary>Adds a hazard to a programme's draft log.</summary>
public sealed record AddHazard(string ProgrammeId, HazardContent Hazard, string Reason) : ICommand<Hazard>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public Task<Hazard> Run(OperationContext context) => context.ProgrammeLog(ProgrammeId).AddHazard(Hazard, Reason, context.Caller.Actor);
}

/// <summary>Replaces a draft hazard's content, if it is still at the revision the change is based on.</summary>
public sealed record ReviseHazard(string ProgrammeId, string HazardId, int ExpectedRevision, HazardContent Hazard, string Reason) : ICommand<Hazard>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public Task<Hazard> Run(OperationContext context) =>
        context.ProgrammeLog(ProgrammeId).ReviseHazard(Hazards.Hazard.ParseId(HazardId), ExpectedRevision, Hazard, Reason, context.Caller.Actor);
}

/// <summary>Closes a hazard with a reason (hazards are never deleted).</summary>
public sealed record CloseHazard(string ProgrammeId, string HazardId, int ExpectedRevision, string Reason) : ICommand<Hazard>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public Task<Hazard> Run(OperationContext context) =>
        context.ProgrammeLog(ProgrammeId).CloseHazard(Hazard.ParseId(HazardId), ExpectedRevision, Reason, context.Caller.Actor);
}

/// <summary>Publishes the draft the CSO reviewed as the next version, with their sign-off.</summary>
public sealed record PublishVersion(string ProgrammeId, int ExpectedDraftRevision, CsoSignOff SignOff, string Summary) : ICommand<PublishedVersionSummary>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOfProgramme(context, ProgrammeId);

    public Task<PublishedVersionSummary> Run(OperationContext context) =>
        context.ProgrammeLog(ProgrammeId).Publish(ExpectedDraftRevision, SignOff, Summary, context.Caller.Actor);
}
