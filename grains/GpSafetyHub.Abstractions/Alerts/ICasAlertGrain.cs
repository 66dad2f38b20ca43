using GpSafetyHub.History;
using Orleans.Concurrency;

namespace GpSafetyHub.Alerts;

/// <summary>
/// A CAS alert, keyed by its reference (see <see cref="CasAlertReference"/>): the alert itself,
/// event-sourced so amendments keep history, and every practice's acknowledgement and responses,
/// each practice in a row of its own.
/// </summary>
public interface ICasAlertGrain : IGrainWithStringKey
{
    /// <summary>Records the alert; deadlines not given are filled from the configured defaults. CONFLICT if already recorded.</summary>
    Task<CasAlertView> Record(CasAlertDetails details, Actor actor);

    /// <summary>Replaces the alert's details; <paramref name="expectedVersion"/> must be the version last read.</summary>
    Task<CasAlertView> Amend(long expectedVersion, CasAlertDetails details, string reason, Actor actor);

    [ReadOnly]
    Task<CasAlertView> Get();

    [ReadOnly]
    Task<HistoryPage> GetHistory(int first, long? before);

    /// <summary>The practice acknowledges the alert. Acknowledging again changes nothing and returns the first acknowledgement.</summary>
    Task<CasPracticeResponse> Acknowledge(string odsCode, Actor actor);

    /// <summary>The practice records what it did (or why nothing was needed). A further response is added after the earlier ones.</summary>
    Task<CasPracticeResponse> Respond(string odsCode, CasResponseOutcome outcome, string details, Actor actor);

    /// <summary>The practices' records, by ODS code: all of them, or those of <paramref name="odsCodes"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, CasPracticeResponse>> Records(IReadOnlyList<string>? odsCodes);
}
