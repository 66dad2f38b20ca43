using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;
using GpSafetyHub.Errors;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations.Access;

/// <summary>The questions access rules ask of the hub's state: whose programme, which ICB, joined or not.</summary>
internal sealed class ScopeChecks(OperationContext context)
{
    private Caller Caller => context.Caller;

    /// <summary>Whether the caller is a CSO of the programme: by its id, or by the CSO function that holds it.</summary>
    public async Task<bool> IsCsoOfAsync(string programmeId)
    {
        if (!Caller.Has(HubRole.Cso)) return false;
        if (Caller.Programmes.Contains(programmeId)) return true;
        if (Caller.CsoFunctions.Count == 0) return false;
        // The log itself, not the directory (which hears of a new programme a moment later).
        return await context.Once(("cso-function-of", programmeId), async () =>
        {
            try
            {
                return Caller.CsoFunctions.Contains((await context.Grains.GetGrain<IProgrammeHazardLogGrain>(programmeId).Get()).Details.CsoFunction);
            }
            catch (NotFoundException)
            {
                return false;
            }
        });
    }

    public Task<bool> IsCsoOfAllAsync(IEnumerable<string> programmeIds) => AllAsync(programmeIds, IsCsoOfAsync);

    /// <summary>Whether the caller may read the programme's log: national and ICB callers, its CSOs, practices that joined it.</summary>
    public async Task<bool> ReadsProgrammeAsync(string programmeId) =>
        Caller.Has(HubRole.National) || Caller.Has(HubRole.Icb) || await IsCsoOfAsync(programmeId)
        || (Caller.Has(HubRole.Practice) && await AnyAsync(Caller.Practices, ods => JoinedAsync(ods, programmeId)));

    /// <summary>Whether the caller may read the practice's records: the practice itself, its ICB, national callers.</summary>
    public async Task<bool> ReadsPracticeAsync(string odsCode) =>
        Caller.Has(HubRole.National) || Caller.IsPractice(odsCode) || (Caller.Has(HubRole.Icb) && Caller.IsIcb(await IcbOfAsync(odsCode)));

    /// <summary>Whether the caller is the ICB the practice belongs to.</summary>
    public async Task<bool> IsIcbOfPracticeAsync(string odsCode) => Caller.Has(HubRole.Icb) && Caller.IsIcb(await IcbOfAsync(odsCode));

    /// <summary>Whether the caller may read the practice's localisation of the programme: as for the practice, and the programme's CSOs.</summary>
    public async Task<bool> ReadsLocalisationAsync(string programmeId, string odsCode) =>
        await ReadsPracticeAsync(odsCode) || await IsCsoOfAsync(programmeId);

    /// <summary>Whether the caller may see the alert: national, admin and ICB callers, CSOs of one of its programmes, practices it concerns or that answered it.</summary>
    public async Task<bool> SeesAlertAsync(CasAlertView alert)
    {
        if (Caller.Has(HubRole.National) || Caller.Has(HubRole.Admin) || Caller.Has(HubRole.Icb)) return true;
        if (await AnyAsync(alert.Details.ProgrammeIds, IsCsoOfAsync)) return true;
        if (!Caller.Has(HubRole.Practice)) return false;
        var records = await context.Grains.GetGrain<ICasAlertGrain>(alert.Reference).Records(Caller.Practices.ToArray());
        return records.Count > 0 || await AnyAsync(Caller.Practices, async ods => await RowOfAsync(ods) is { } row && CasAlertProgress.Affects(alert.Details, row));
    }

    /// <summary>Whether the caller sees every practice's standing with the alert, rather than only their own practices' or ICB's.</summary>
    public async Task<bool> SeesAllPracticesOfAsync(CasAlertView alert) =>
        Caller.Has(HubRole.National) || Caller.Has(HubRole.Admin) || await AnyAsync(alert.Details.ProgrammeIds, IsCsoOfAsync);

    /// <summary>Whether the caller sees this practice in lists (an alert's practices, say).</summary>
    public bool SeesInLists(string odsCode, string icbCode) => Caller.IsPractice(odsCode) || Caller.IsIcb(icbCode);

    private async Task<string?> IcbOfAsync(string odsCode) => (await RowOfAsync(odsCode))?.Practice?.Details.IcbCode;

    private async Task<bool> JoinedAsync(string odsCode, string programmeId) =>
        await RowOfAsync(odsCode) is { } row && row.Localisations.Any(l => l.ProgrammeId == programmeId && l.MouExpiresOn is not null);

    private Task<PracticeCoverage?> RowOfAsync(string odsCode) => context.Once(("practice-row", odsCode), async () =>
    {
        try
        {
            return await context.Grains.GetGrain<IPracticeGrain>(odsCode).GetCoverage();
        }
        catch (NotFoundException)
        {
            return (PracticeCoverage?)null;
        }
    });

    private static async Task<bool> AnyAsync<T>(IEnumerable<T> items, Func<T, Task<bool>> test)
    {
        foreach (var item in items)
            if (await test(item)) return true;
        return false;
    }

    private static async Task<bool> AllAsync<T>(IEnumerable<T> items, Func<T, Task<bool>> test)
    {
        foreach (var item in items)
            if (!await test(item)) return false;
        return true;
    }
}
