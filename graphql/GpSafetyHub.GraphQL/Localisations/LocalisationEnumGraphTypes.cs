using GpSafetyHub.Localisations;
using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Localisations;

public sealed class LocalisationStatusGraphType : EnumerationGraphType<LocalisationStatus>
{
    public LocalisationStatusGraphType()
    {
        Name = "LocalisationStatus";
        Description = "Where a practice stands with a programme; worked out when read.";
        this.Describe(s => s switch
        {
            LocalisationStatus.NotJoined => "The practice has not joined the programme.",
            LocalisationStatus.Joined => "Joined under an MoU; nothing localised yet.",
            LocalisationStatus.InProgress => "Localisation under way, or changed since the last sign-off.",
            LocalisationStatus.SignedOff => "Signed off against the programme's current version.",
            LocalisationStatus.Stale => "Signed off against an older version: the programme has published since.",
            LocalisationStatus.MouExpired => "The MoU has expired: renew it to continue.",
            _ => "The practice left the programme; the localisation is read-only.",
        });
    }
}

public sealed class HazardChangeKindGraphType : EnumerationGraphType<HazardChangeKind>
{
    public HazardChangeKindGraphType()
    {
        Name = "HazardChangeKind";
        Description = "How a hazard differs between two published versions.";
        this.Describe(k => k switch
        {
            HazardChangeKind.Added => "New in the later version.",
            HazardChangeKind.Closed => "Closed in the later version.",
            HazardChangeKind.Reopened => "Open again in the later version.",
            HazardChangeKind.RiskChanged => "The initial or residual risk changed.",
            HazardChangeKind.ControlsChanged => "The controls changed.",
            HazardChangeKind.TextChanged => "The title, description, effect, harm or causes changed.",
            _ => "Only the owner, review date or transfer changed.",
        });
    }
}

public sealed class AssessmentStateGraphType : EnumerationGraphType<AssessmentState>
{
    public AssessmentStateGraphType()
    {
        Name = "AssessmentState";
        Description = "Where a practice's decision on one programme hazard stands.";
        this.Describe(s => s switch
        {
            AssessmentState.NotAssessed => "The practice has not assessed this hazard.",
            AssessmentState.Applicable => "Assessed: applies at the practice, with a local residual risk.",
            AssessmentState.NotApplicable => "Assessed: does not apply at the practice (see rationale).",
            AssessmentState.NeedsReassessment => "Assessed against an older version; the hazard has changed since.",
            _ => "Closed in the programme version: needs no local assessment.",
        });
    }
}
