namespace GpSafetyHub.Coverage;

/// <summary>
/// Repairs the read models after a silo died without handing over (one grain per dead silo, key: its
/// address): a push that was on its way from a grain on that silo was lost with it, and a grain that
/// is not used again would never send it. Every surviving silo asks; the grain repairs once.
/// </summary>
public interface ISiloLossRepairGrain : IGrainWithStringKey
{
    /// <summary>Rebuilds every ICB's coverage from the localisations, one ICB at a time (which also wakes each localisation, re-sending its summaries); completes when done.</summary>
    [ResponseTimeout("01:00:00")]
    Task<int> Repair();
}
