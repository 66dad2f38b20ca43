using GpSafetyHub.Hazards;

namespace GpSafetyHub.Localisations;

/// <summary>
/// One line of a practice's DCB0160 hazard log: the programme's hazard (with the programme's
/// residual risk) beside the practice's decision on it (with the local residual risk), or null
/// when the practice has not assessed it.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.LocalisedHazard")]
public sealed record LocalisedHazard(
    [property: Id(0)] Hazard ProgrammeHazard,
    [property: Id(1)] OverlayEntry? Local)
{
    public AssessmentState State => (ProgrammeHazard.IsClosed, Local) switch
    {
        (true, _) => AssessmentState.ClosedInProgramme,
        (_, null) => AssessmentState.NotAssessed,
        (_, { NeedsReassessment: true }) => AssessmentState.NeedsReassessment,
        (_, { Decision.Applicable: true }) => AssessmentState.Applicable,
        _ => AssessmentState.NotApplicable,
    };
}
