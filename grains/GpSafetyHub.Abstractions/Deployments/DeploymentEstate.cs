using GpSafetyHub.Coverage;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Deployments;

/// <summary>
/// The deployments of many practices at once, for the board, the KPI figures and the reminder scan
/// alike: each practice that has joined a programme or recorded a step of it, for every programme
/// that has declared its route, by programme then ODS code.
/// </summary>
public static class DeploymentEstate
{
    /// <summary>
    /// What one practice's deployment is worked out from, read from the grains that hold each part;
    /// <paramref name="own"/> when the caller holds the practice's records already (the deployment itself).
    /// NOT_FOUND for an unknown programme or practice.
    /// </summary>
    public static async Task<DeploymentSources> SourcesAsync(this IGrainFactory grains, string programmeId, string odsCode, DeploymentRecords? own = null)
    {
        var programme = await grains.GetGrain<IProgrammeDeploymentGrain>(programmeId).Get();
        var practice = await grains.GetGrain<IPracticeGrain>(odsCode).Get();
        var localisation = await grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programmeId, odsCode)).GetSummary();
        var current = (await grains.GetGrain<IProgrammeHazardLogGrain>(programmeId).Get()).CurrentVersion;
        return new DeploymentSources(
            programme, own ?? await grains.GetGrain<IDeploymentGrain>(IDeploymentGrain.KeyOf(programmeId, odsCode)).Get(), localisation,
            current?.Number, current is null ? null : DateOnly.FromDateTime(current.PublishedAt.UtcDateTime), practice.Details.IcbCode, practice.Details.Name);
    }

    /// <summary>The deployments of the practices in <paramref name="rows"/> (as their ICBs hold them) of the <paramref name="programmes"/>.</summary>
    public static async Task<IReadOnlyList<DeploymentView>> DeploymentsAsync(
        this IGrainFactory grains, IReadOnlyList<ProgrammeListing> programmes, IEnumerable<PracticeCoverage> rows, DeploymentClock clock, DateOnly today)
    {
        var setups = await Batches.SelectAsync(programmes, EstateReads.Parallelism, p => grains.GetGrain<IProgrammeDeploymentGrain>(p.Id).Get());
        var boards = await Batches.SelectAsync(programmes, EstateReads.Parallelism, p => grains.GetGrain<IDeploymentBoardGrain>(p.Id).Rows());
        var practices = rows.Where(r => r.Practice is not null).OrderBy(r => r.OdsCode, StringComparer.Ordinal).ToArray();
        var views = new List<DeploymentView>();
        for (var i = 0; i < programmes.Count; i++)
        {
            if (setups[i].Route is null) continue;
            var id = programmes[i].Id;
            var records = boards[i].ToDictionary(r => r.OdsCode, StringComparer.Ordinal);
            foreach (var row in practices)
            {
                var localisation = row.Localisations.FirstOrDefault(l => l.ProgrammeId == id);
                var own = records.GetValueOrDefault(row.OdsCode);
                if (localisation?.MouExpiresOn is null && own is null) continue;
                var details = row.Practice!.Details;
                views.Add(DeploymentStanding.View(
                    new DeploymentSources(setups[i], own ?? DeploymentRecords.None(id, row.OdsCode), localisation, programmes[i].CurrentVersion,
                        programmes[i].CurrentVersionPublishedOn, details.IcbCode, details.Name), clock, today));
            }
        }

        return views;
    }
}
