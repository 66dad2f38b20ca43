using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Practices;

/// <summary>A practice's directory entry: the practice itself, its ICB and national users read it.</summary>
public sealed record GetPractice(string OdsCode) : IQuery<PracticeView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsPractice(context, OdsCode);

    public Task<PracticeView> Run(OperationContext context) => context.Practice(OdsCode).Get();
}

/// <summary>The practices of an ICB, by ODS code.</summary>
public sealed record ListIcbPractices(string Icb) : IQuery<IReadOnlyList<PracticeView>>
{
    public ValueTask<HubException?> Access(OperationContext context) =>
        Rules.IcbOrNational(context, Icb, "Only the ICB itself and national users list an ICB's practices.");

    public Task<IReadOnlyList<PracticeView>> Run(OperationContext context) =>
        context.Grains.GetGrain<IIcbEstateGrain>(OrganisationCodes.RequireIcb(Icb)).Practices();
}

/// <summary>A practice entry's history, newest first, paged: registration and every change, moves of ICB included.</summary>
public sealed record GetPracticeHistory(string OdsCode, int First, long? Before) : IQuery<HistoryPage>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.ReadsPractice(context, OdsCode);

    public Task<HistoryPage> Run(OperationContext context) => context.Practice(OdsCode).GetHistory(First, Before);
}
