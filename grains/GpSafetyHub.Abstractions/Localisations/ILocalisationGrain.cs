using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using Orleans.Concurrency;

namespace GpSafetyHub.Localisations;

/// <summary>
/// One practice's localisation of one programme, keyed <c>{programmeId}/{odsCode}</c> (see
/// <see cref="KeyOf"/>). Holds only the practice's overlay and the version it was made against;
/// the merged log is computed on read. Refusals are <see cref="Errors.HubException"/>s and change nothing.
/// </summary>
public interface ILocalisationGrain : IGrainWithStringKey
{
    public static string KeyOf(string programmeId, string odsCode) => $"{programmeId}/{odsCode}";

    /// <summary>Joins the programme under an MoU, or renews the MoU; rejoining after leaving starts a new MoU.</summary>
    Task<LocalisationView> Join(Mou mou, Actor actor);

    /// <summary>Leaves the programme (the MoU ended); the localisation becomes read-only.</summary>
    Task<LocalisationView> Leave(string reason, Actor actor);

    /// <summary>Records the SOP, if it is still at <paramref name="expectedSopRevision"/> (0 for the first).</summary>
    Task<LocalisationView> RecordSop(int expectedSopRevision, Sop sop, Actor actor);

    /// <summary>Records the practice's decision on a programme hazard, if the decision is still at <paramref name="expectedRevision"/> (0 for the first).</summary>
    Task<LocalisationView> AssessHazard(string hazardId, int expectedRevision, HazardDecision decision, Actor actor);

    Task<Hazard> AddLocalHazard(HazardContent content, string reason, Actor actor);

    Task<Hazard> ReviseLocalHazard(string hazardId, int expectedRevision, HazardContent content, string reason, Actor actor);

    Task<Hazard> CloseLocalHazard(string hazardId, int expectedRevision, string reason, Actor actor);

    /// <summary>Moves the overlay to the programme's current version, flagging changed hazards for re-assessment.</summary>
    Task<LocalisationView> CarryForward(int expectedRevision, Actor actor);

    /// <summary>Signs off the localisation of the current programme version.</summary>
    Task<LocalisationView> SignOff(int expectedRevision, PracticeSignOff signOff, Actor actor);

    /// <summary>The localisation now, with the merged view; status "not joined" when the practice never joined.</summary>
    Task<LocalisationView> Get();

    Task<HistoryPage> GetHistory(int first, long? before);

    /// <summary>
    /// The localisation in one row, as the read models hold it; null if the practice never joined.
    /// Interleaves with other requests: a practice rebuilding its row calls it while the
    /// localisation may itself be waiting on that practice (joining checks it is registered).
    /// </summary>
    [AlwaysInterleave]
    Task<LocalisationSummary?> GetSummary();
}
