namespace GpSafetyHub.Localisations;

/// <summary>Where a practice's decision on one programme hazard stands.</summary>
public enum AssessmentState
{
    NotAssessed = 1,
    Applicable = 2,
    NotApplicable = 3,
    NeedsReassessment = 4,
    ClosedInProgramme = 5,
}
