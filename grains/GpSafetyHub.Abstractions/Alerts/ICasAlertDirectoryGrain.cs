using Orleans.Concurrency;

namespace GpSafetyHub.Alerts;

/// <summary>
/// Every recorded CAS alert (one grain, key <see cref="Key"/>), fed by the alerts themselves: what
/// the reminder scan, ICB coverage and a practice's open alerts start from. An older view than
/// the one held is ignored.
/// </summary>
public interface ICasAlertDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "all";

    Task Upsert(CasAlertView alert);

    /// <summary>Every alert, newest issue date first.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<CasAlertView>> List();
}
