using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;
using GpSafetyHub.Deployments;
using GpSafetyHub.Programmes;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Grains.Reminders;

/// <summary>Gathers what the reminder scan reads: programmes and their hazards, every ICB's estate, every alert with its records.</summary>
internal static class ReminderSourcesReader
{
    public static async Task<ReminderSources> ReadAsync(IGrainFactory grains, DeploymentClock clock, DateOnly today)
    {
        var listings = await grains.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List();
        var programmes = await Batches.SelectAsync(listings, EstateReads.Parallelism, l => grains.GetGrain<IProgrammeHazardLogGrain>(l.Id).Get());
        var alerts = await grains.GetGrain<ICasAlertDirectoryGrain>(ICasAlertDirectoryGrain.Key).List();
        var (estates, standings) = await EstatesAndAlertsAsync(grains, alerts);

        return new ReminderSources(
            programmes.Select(p => new ProgrammeDates(
                p.Id, p.Details.Name, p.Details.CsoEmail, p.Details.ReviewDate,
                p.Hazards.Where(h => !h.IsClosed && h.Content.ReviewDate is not null)
                    .Select(h => new HazardDate(h.Id, h.Content.Title, h.Content.ReviewDate!.Value)).ToArray())).ToArray(),
            estates,
            standings)
        {
            OverdueSteps = await OverdueStepsAsync(grains, listings, estates, clock, today),
        };
    }

    private static async Task<IReadOnlyList<OverdueStep>> OverdueStepsAsync(
        IGrainFactory grains, IReadOnlyList<ProgrammeListing> listings, IReadOnlyList<PracticeCoverage> estates, DeploymentClock clock, DateOnly today)
    {
        var deployments = await grains.DeploymentsAsync(listings, estates, clock, today);
        return deployments.SelectMany(d => d.Steps.Where(s => s.IsOverdue).Select(s => new OverdueStep(
            d.ProgrammeId, d.OdsCode, s.Record.Step, s.Record.WaitingOn!.Value, s.DueOn!.Value, clock.OverdueFrom(s.Record)!.Value, s.WaitingDays, s.TargetDays))).ToArray();
    }

    /// <summary>What deciding the given alerts' notices reads: every ICB's estate and those alerts' records, no programmes.</summary>
    public static async Task<ReminderSources> ReadAlertsAsync(IGrainFactory grains, IReadOnlyList<CasAlertView> alerts)
    {
        var (estates, standings) = await EstatesAndAlertsAsync(grains, alerts);
        return new ReminderSources([], estates, standings);
    }

    private static async Task<(IReadOnlyList<PracticeCoverage> Estates, IReadOnlyList<AlertStanding> Alerts)> EstatesAndAlertsAsync(
        IGrainFactory grains, IReadOnlyList<CasAlertView> alerts)
    {
        var estates = await grains.EachIcbAsync();
        var records = await grains.RecordsOfAsync(alerts);
        return (estates.SelectMany(e => e.Rows).ToArray(), alerts.Zip(records, (alert, r) => new AlertStanding(alert, r)).ToArray());
    }
}
