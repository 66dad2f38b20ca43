using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>Shortcuts for setting up programme logs through their grain interface.</summary>
internal static class ProgrammeLogs
{
    public static async Task<IProgrammeHazardLogGrain> CreateAsync(IGrainFactory grains, string? id = null)
    {
        var log = grains.GetGrain<IProgrammeHazardLogGrain>(id ?? UniqueIds.Programme());
        await log.Create(Samples.Programme(), Samples.Cso);
        return log;
    }

    public static Task<Hazard> AddAsync(this IProgrammeHazardLogGrain log, string title = "A hazard") =>
        log.AddHazard(Samples.Hazard(title), "Identified at the programme hazard workshop", Samples.Cso);
}
