using GpSafetyHub.Alerts;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Grains.Reminders;

/// <summary>Gathers what the reminder scan reads: programmes and their hazards, every ICB's estate, every alert with its records.</summary>
internal static class ReminderSourcesReader
{
    // Enough parallel grain calls to read a national estate quickly without flooding one silo.
    private const int Parallelism = 16;

    public static async Task<ReminderSources> ReadAsync(IGrainFactory grains)
    {
        var listings = await grains.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List();
        var programmes = await Batches.SelectAsync(listings, Parallelism, l => grains.GetGrain<IProgrammeHazardLogGrain>(l.Id).Get());
        var alerts = await grains.GetGrain<ICasAlertDirectoryGrain>(ICasAlertDirectoryGrain.Key).List();
        var (estates, standings) = await EstatesAndAlertsAsync(grains, alerts);

        return new ReminderSources(
            programmes.Select(p => new ProgrammeDates(
                p.Id, p.Details.Name, p.Details.CsoEmail, p.Details.ReviewDate,
                p.Hazards.Where(h => !h.IsClosed && h.Content.ReviewDate is not null)
                    .Select(h => new HazardDate(h.Id, h.Content.Title, h.Content.ReviewDate!.Value)).ToArray())).ToArray(),
            estates,
            standings);
    }

    /// <summary>What deciding the given alerts' notices reads: every ICB's estate and those alerts' records, no programmes.</summary>
    public static async Task<ReminderSources> ReadAlertsAsync(IGrainFactory grains, IReadOnlyList<CasAlertView> alerts)
    {
        var (estates, standings) = await EstatesAndAlertsAsync(grains, alerts);
        return new ReminderSources([], estates, standings);
    }

    private static async Task<(IReadOnlyList<Coverage.PracticeCoverage> Estates, IReadOnlyList<AlertStanding> Alerts)> EstatesAndAlertsAsync(
        IGrainFactory grains, IReadOnlyList<CasAlertView> alerts)
    {
        var icbs = await grains.GetGrain<IIcbDirectoryGrain>(IIcbDirectoryGrain.Key).List();
        var estates = await Batches.SelectAsync(icbs, Parallelism, icb => grains.GetGrain<IIcbEstateGrain>(icb).Coverage());
        var records = await Batches.SelectAsync(alerts, Parallelism, a => grains.GetGrain<ICasAlertGrain>(a.Reference).Records(null));
        return (estates.SelectMany(e => e).ToArray(), alerts.Zip(records, (alert, r) => new AlertStanding(alert, r)).ToArray());
    }
}
