using GpSafetyHub.Alerts;
using GpSafetyHub.Grains.ReadModels;

namespace GpSafetyHub.Grains.Alerts;

/// <summary>The list of alerts: a row per alert in a read-model partition, all held in memory (a few hundred a year).</summary>
[GrainType("cas-alert-directory")]
public sealed class CasAlertDirectoryGrain(ReadModelStore store) : Grain, ICasAlertDirectoryGrain
{
    private const string Model = "cas-alerts";
    private Dictionary<string, CasAlertView> _alerts = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _alerts = await store.LoadAsync<CasAlertView>(Model, cancellationToken);

    public async Task Upsert(CasAlertView alert)
    {
        if (_alerts.TryGetValue(alert.Reference, out var held) && held.Version >= alert.Version) return;
        await store.WriteAsync(Model, alert.Reference, alert, CancellationToken.None);
        _alerts[alert.Reference] = alert;
    }

    public Task<IReadOnlyList<CasAlertView>> List() => Task.FromResult<IReadOnlyList<CasAlertView>>(
        _alerts.Values.OrderByDescending(a => a.Details.IssuedOn).ThenBy(a => a.Reference, StringComparer.Ordinal).ToArray());
}
