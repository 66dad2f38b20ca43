using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Operations.Programmes;

namespace GpSafetyHub.Operations.Localisations;

/// <summary>A practice's localisation of a programme: the practice, its ICB, national users and the programme's CSOs read it.</summary>
public sealed record GetLocalisation(string ProgrammeId, string OdsCode) : IQuery<LocalisationView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsLocalisation(context, ProgrammeId, OdsCode);

    public async Task<LocalisationView> Run(OperationContext context)
    {
        var view = await context.Localisation(ProgrammeId, OdsCode).Get();
        // A practice that never joined a programme it may not read would otherwise learn the programme exists.
        return view.Status == LocalisationStatus.NotJoined && await Rules.ReadsProgramme(context, ProgrammeId) is { } missing ? throw missing : view;
    }
}

/// <summary>A localisation's history, newest first, paged.</summary>
public sealed record GetLocalisationHistory(string ProgrammeId, string OdsCode, int First, long? Before) : IQuery<HistoryPage>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsLocalisation(context, ProgrammeId, OdsCode);

    public Task<HistoryPage> Run(OperationContext context) => context.Localisation(ProgrammeId, OdsCode).GetHistory(First, Before);
}

/// <summary>A practice's localisations, one per programme it joined, with status against each programme's current version.</summary>
public sealed record ListPracticeLocalisations(string OdsCode) : IQuery<IReadOnlyList<LocalisationRow>>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsPractice(context, OdsCode);

    public async Task<IReadOnlyList<LocalisationRow>> Run(OperationContext context)
    {
        var summaries = await context.Practice(OdsCode).Localisations();
        var current = await ProgrammeReads.CurrentVersionsAsync(context);
        return summaries.Select(s => LocalisationRow.Of(s, context.Today, current.GetValueOrDefault(s.ProgrammeId))).ToArray();
    }
}

/// <summary>Every practice's localisation of a programme, paged by ODS code: for the programme's CSO function and national users.</summary>
public sealed record ListProgrammeLocalisations(string ProgrammeId, int First, string? After) : IQuery<LocalisationPage>
{
    public async ValueTask<HubException?> Access(OperationContext context) =>
        await Rules.ReadsProgramme(context, ProgrammeId) ?? (context.Caller.Has(HubRole.National) || await context.Scope.IsCsoOfAsync(ProgrammeId.Trim())
            ? null : Rules.Forbidden("Only the programme's CSO function and national users see every practice's localisation."));

    public async Task<LocalisationPage> Run(OperationContext context)
    {
        var programme = await context.ProgrammeLog(ProgrammeId).Get();
        var (rows, total, hasMore) = await context.Grains.GetGrain<IProgrammeLocalisationsGrain>(programme.Id).Page(First, After);
        var current = programme.CurrentVersion?.Number;
        var page = rows.Select(r => LocalisationRow.Of(r, context.Today, current)).ToArray();
        return new LocalisationPage(page, total, hasMore ? page[^1].Summary.OdsCode : null);
    }
}
