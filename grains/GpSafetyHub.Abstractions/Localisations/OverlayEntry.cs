namespace GpSafetyHub.Localisations;

/// <summary>
/// A practice's decision on a programme hazard as kept in its overlay: the decision, its revision,
/// the programme version it was made against, and whether a newer version changed the hazard so
/// that it must be assessed again (with the fields that changed).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.OverlayEntry")]
public sealed record OverlayEntry(
    [property: Id(0)] HazardDecision Decision,
    [property: Id(1)] int Revision,
    [property: Id(2)] int AssessedAgainstVersion,
    [property: Id(3)] IReadOnlyList<string> ReassessBecause)
{
    public bool NeedsReassessment => ReassessBecause.Count > 0;
}
