using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;
using GpSafetyHub.Operations.Coverage;

namespace GpSafetyHub.Operations.Alerts;

/// <summary>Works out practices' standing with alerts from the estate and the alerts' records, each read once per session.</summary>
internal static class AlertReads
{
    public static Task<IReadOnlyList<CasAlertView>> AllAsync(OperationContext context) =>
        context.Once("alert-directory", () => context.Grains.GetGrain<ICasAlertDirectoryGrain>(ICasAlertDirectoryGrain.Key).List());

    /// <summary>Every practice the alert concerns that the caller may see, across all ICBs (an alert's programmes can reach any ICB).</summary>
    public static Task<IReadOnlyList<CasAlertPractice>> PracticesOfAsync(OperationContext context, CasAlertView alert) =>
        context.Once(("alert-practices", alert.Reference, alert.Version), async () =>
        {
            var estate = await CoverageReads.EachIcbAsync(context);
            var records = await context.Grains.GetGrain<ICasAlertGrain>(alert.Reference).Records(null);
            var practices = CasAlertProgress.Practices(alert, records, estate.SelectMany(e => e.Rows), context.Today);
            // Practices and ICBs see their own standing only; the alert's CSOs and national users see everyone's.
            return await context.Scope.SeesAllPracticesOfAsync(alert)
                ? practices
                : (IReadOnlyList<CasAlertPractice>)practices.Where(p => context.Scope.SeesInLists(p.OdsCode, p.IcbCode)).ToArray();
        });

    /// <summary>Each alert's standing with the given practices, for the alerts that concern some of them.</summary>
    public static async Task<IReadOnlyList<(CasAlertView Alert, IReadOnlyList<CasAlertPractice> Practices)>> ForPracticesAsync(
        OperationContext context, IReadOnlyList<PracticeCoverage> rows)
    {
        var codes = rows.Select(r => r.OdsCode).ToArray();
        // Only alerts that concern one of the practices: no call to the others.
        var concerning = (await AllAsync(context)).Where(a => rows.Any(r => CasAlertProgress.Affects(a.Details, r)));
        var standings = await Task.WhenAll(concerning.Select(async alert =>
        {
            var records = await context.Grains.GetGrain<ICasAlertGrain>(alert.Reference).Records(codes);
            return (alert, CasAlertProgress.Practices(alert, records, rows, context.Today));
        }));
        return standings.Where(s => s.Item2.Count > 0).ToArray();
    }

    /// <summary>Where one practice stands with the alert, after a change it made.</summary>
    public static async Task<CasAlertPractice> StandingAsync(OperationContext context, string reference, string odsCode)
    {
        var alert = context.Alert(reference);
        var row = await context.Practice(odsCode).GetCoverage();
        return CasAlertProgress.Practices(await alert.Get(), await alert.Records([row.OdsCode]), [row], context.Today).Single();
    }
}
