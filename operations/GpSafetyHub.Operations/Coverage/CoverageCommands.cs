using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Coverage;

/// <summary>Administration: rebuilds an ICB's coverage read model from the localisations themselves; answers how many practices were rebuilt.</summary>
public sealed record RebuildIcbCoverage(string Icb) : ICommand<int>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.Role(context, HubRole.Admin, "Only administrators rebuild read models.");

    public async Task<int> Run(OperationContext context) =>
        (await context.Grains.GetGrain<IIcbEstateGrain>(OrganisationCodes.RequireIcb(Icb)).Rebuild()).Count;
}
