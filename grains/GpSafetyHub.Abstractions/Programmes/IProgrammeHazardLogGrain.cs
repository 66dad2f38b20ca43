using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using Orleans.Concurrency;

namespace GpSafetyHub.Programmes;

/// <summary>
/// A programme's hazard log, keyed by programme id: the draft the CSO function edits, the versions
/// it has published (immutable), and the attributed history of every change. Refusals are
/// <see cref="Errors.HubException"/>s; nothing is changed when one is thrown.
/// </summary>
public interface IProgrammeHazardLogGrain : IGrainWithStringKey
{
    /// <summary>Creates the programme; a second create of the same id is a conflict.</summary>
    Task<ProgrammeView> Create(ProgrammeDetails details, Actor actor);

    /// <summary>The log as it stands now.</summary>
    [ReadOnly]
    Task<ProgrammeView> Get();

    /// <summary>The number of the latest published version (null if none yet); NOT_FOUND for an unknown programme.</summary>
    [ReadOnly]
    Task<int?> GetCurrentVersionNumber();

    /// <summary>The log as it stood at a moment: draft and versions, rebuilt from the history.</summary>
    Task<ProgrammeView> GetAsOf(DateTimeOffset at);

    /// <summary>Adds a hazard to the draft with the next id (<c>H-001</c>, …).</summary>
    Task<Hazard> AddHazard(HazardContent content, string reason, Actor actor);

    /// <summary>
    /// Adds hazards brought in from a file or another programme, each with its own history entry
    /// saying where it came from. Any refused row (named <c>rows[i]</c>) adds nothing; rows brought
    /// in before are not added again. Answers the hazards the rows became, in row order.
    /// </summary>
    [ResponseTimeout("00:05:00")] // a thousand rows are a thousand durable writes
    Task<IReadOnlyList<Hazard>> ImportHazards(IReadOnlyList<ImportedHazard> rows, Actor actor);

    /// <summary>Replaces a draft hazard's content, if it is still at <paramref name="expectedRevision"/>.</summary>
    Task<Hazard> ReviseHazard(string hazardId, int expectedRevision, HazardContent content, string reason, Actor actor);

    /// <summary>Closes a hazard with a reason; hazards are never deleted.</summary>
    Task<Hazard> CloseHazard(string hazardId, int expectedRevision, string reason, Actor actor);

    /// <summary>Publishes the draft, if still at <paramref name="expectedDraftRevision"/>, as the next version.</summary>
    Task<PublishedVersionSummary> Publish(int expectedDraftRevision, CsoSignOff signOff, string summary, Actor actor);

    /// <summary>A published version exactly as it was signed off.</summary>
    [ReadOnly]
    Task<PublishedVersion> GetVersion(int number);

    /// <summary>History, newest first: up to <paramref name="first"/> entries older than <paramref name="before"/> (all when null).</summary>
    [ReadOnly]
    Task<HistoryPage> GetHistory(int first, long? before);
}
