using GpSafetyHub.Coverage;

namespace GpSafetyHub.Deployments;

/// <summary>
/// The deployments of many practices at once, for the board, the KPI figures and the reminder scan
/// alike: each practice that has joined a programme or recorded a step of it, for every programme
/// that has declared its route, by programme then ODS code.
/// </summary>
public static class DeploymentEstate
{
    /// <summary>The deployments of the practices in <paramref name="rows"/> (as their ICBs hold them) of the <paramref name="programmes"/> (id and current version).</summary>
    public static async Task<IReadOnlyList<DeploymentView>> DeploymentsAsync(
        this IGrainFactory grains, IReadOnlyList<(string Id, int? CurrentVersion)> programmes, IEnumerable<PracticeCoverage> rows, DeploymentClock clock, DateOnly today)
    {
        var setups = await Batches.SelectAsync(programmes, EstateReads.Parallelism, p => grains.GetGrain<IProgrammeDeploymentGrain>(p.Id).Get());
        var boards = await Batches.SelectAsync(programmes, EstateReads.Parallelism, p => grains.GetGrain<IDeploymentBoardGrain>(p.Id).Rows());
        var practices = rows.Where(r => r.Practice is not null).OrderBy(r => r.OdsCode, StringComparer.Ordinal).ToArray();
        var views = new List<DeploymentView>();
        for (var i = 0; i < programmes.Count; i++)
        {
            if (setups[i].Route is null) continue;
            var (id, current) = programmes[i];
            var records = boards[i].ToDictionary(r => r.OdsCode, StringComparer.Ordinal);
            foreach (var row in practices)
            {
                var localisation = row.Localisations.FirstOrDefault(l => l.ProgrammeId == id);
                var own = records.GetValueOrDefault(row.OdsCode);
                if (localisation?.MouExpiresOn is null && own is null) continue;
                var details = row.Practice!.Details;
                views.Add(DeploymentStanding.View(
                    new DeploymentSources(setups[i], own ?? DeploymentRecords.None(id, row.OdsCode), localisation, current, details.IcbCode, details.Name), clock, today));
            }
        }

        return views;
    }
}
