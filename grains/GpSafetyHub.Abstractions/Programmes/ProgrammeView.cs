using GpSafetyHub.Hazards;

namespace GpSafetyHub.Programmes;

/// <summary>A programme hazard log as it stands (or stood): details, draft hazards and published versions.</summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.ProgrammeView")]
public sealed record ProgrammeView(
    [property: Id(0)] string Id,
    [property: Id(1)] ProgrammeDetails Details,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] int DraftRevision,
    [property: Id(4)] IReadOnlyList<Hazard> Hazards,
    [property: Id(5)] IReadOnlyList<PublishedVersionSummary> Versions,
    [property: Id(6)] long HistoryLength)
{
    public PublishedVersionSummary? CurrentVersion => Versions.Count == 0 ? null : Versions[^1];

    public static ProgrammeView Of(ProgrammeHazardLogState state, long historyLength) => new(
        state.ProgrammeId!, state.Details!, state.CreatedAt, state.DraftRevision,
        Hazard.InIdOrder(state.Hazards.Values), state.Versions.ToArray(), historyLength);
}
