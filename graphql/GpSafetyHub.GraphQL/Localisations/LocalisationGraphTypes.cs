using GpSafetyHub.GraphQL.History;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Localisations;
using GpSafetyHub.Programmes;
using GraphQL.Types;
using GpSafetyHub.Operations.Localisations;

namespace GpSafetyHub.GraphQL.Localisations;

public sealed class LocalisationGraphType : ObjectGraphType<LocalisationView>
{
    public LocalisationGraphType()
    {
        Name = "Localisation";
        Description = "A practice's localisation of a programme: its DCB0160 hazard log, made of the programme version it localised plus its own decisions.";
        Field("programmeId", x => x.Summary.ProgrammeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme.");
        Field("odsCode", x => x.Summary.OdsCode, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practice.");
        Field(x => x.Status).Description("Not joined, joined, in progress, signed off, stale, MoU expired, or left.");
        Field(x => x.Revision).Description("Counts the localisation's changes; pass it as expectedRevision to carry forward or sign off.");
        Field(x => x.CurrentProgrammeVersion, nullable: true).Description("The programme's latest published version.");
        Field("localisedVersion", x => x.Summary.LocalisedVersion, nullable: true).Description("The programme version this localisation is made against.");
        Field("signedOffVersion", x => x.Summary.SignedOffVersion, nullable: true).Description("The programme version of the latest sign-off.");
        Field("versionsBehind", x => x.Summary.VersionsBehind(x.CurrentProgrammeVersion)).Description("How many versions the latest sign-off is behind the programme (0 when current).").FromParent();
        Field("applicableHazards", x => x.Summary.ApplicableHazards).Description("Open programme hazards that apply here (unassessed ones count as applicable).");
        Field("notAssessedHazards", x => x.Summary.NotAssessedHazards).Description("Open programme hazards not assessed, or needing re-assessment.");
        Field("highestLocalResidualRating", x => x.Summary.HighestLocalResidualRating, nullable: true).Description("The highest local residual risk rating, over applicable and local hazards.");
        Field(x => x.Mou, nullable: true).Description("The MoU under which the practice joined.");
        Field("leftOn", x => x.Summary.LeftOn, nullable: true).Description("When the practice left the programme, if it did.");
        Field(x => x.Sop, nullable: true).Description("The practice's standard operating procedure for the software.");
        Field(x => x.SopRevision).Description("Counts SOP changes; pass it as expectedSopRevision.");
        Field(x => x.Hazards).Description("The merged log: each hazard of the localised version beside the practice's decision on it.");
        Field(x => x.LocalHazards).Description("Hazards that exist only at this practice (ids L-001, …).");
        Field(x => x.SignOffs).Description("Every sign-off, oldest first, each bound to the programme version it covered.");
        Field(x => x.ChangesSinceSignedVersion).Description("What changed in the programme, hazard by hazard, since the version last signed off (or localised).");
        this.AddHistoryField(
            "The localisation's history, newest first, paged.",
            ctx => new GetLocalisationHistory(ctx.Source.Summary.ProgrammeId, ctx.Source.Summary.OdsCode, ctx.First(), ctx.Before()));
    }
}

public sealed class LocalisedHazardGraphType : ObjectGraphType<LocalisedHazard>
{
    public LocalisedHazardGraphType()
    {
        Name = "LocalisedHazard";
        Description = "One line of a practice's hazard log: the programme's hazard and the practice's decision, residual risks side by side.";
        Field("hazard", x => x.ProgrammeHazard).Description("The hazard as published in the localised programme version.");
        Field(x => x.State).Description("Not assessed, applicable, not applicable, needs re-assessment, or closed in the programme.");
        Field("programmeResidualRisk", x => x.ProgrammeHazard.Content.ResidualRisk, nullable: true).Description("The programme's residual risk.");
        Field("localResidualRisk", x => x.Local == null ? null : x.Local.Decision.LocalResidualRisk, nullable: true).Description("The practice's local residual risk, if assessed and applicable.").FromParent();
        Field(x => x.Local, nullable: true).Description("The practice's decision; null when not assessed.");
    }
}

public sealed class OverlayEntryGraphType : ObjectGraphType<OverlayEntry>
{
    public OverlayEntryGraphType()
    {
        Name = "HazardDecision";
        Description = "A practice's decision on one programme hazard.";
        Field("applicable", x => x.Decision.Applicable).Description("Whether the hazard applies at the practice.");
        Field("rationale", x => x.Decision.Rationale, nullable: true).Description("Why (required when not applicable).");
        Field("localControls", x => x.Decision.LocalControls).Description("The practice's own controls.");
        Field("localResidualRisk", x => x.Decision.LocalResidualRisk, nullable: true).Description("The risk remaining at the practice.");
        Field("localOwner", x => x.Decision.LocalOwner, nullable: true).Description("Who owns the hazard at the practice.");
        Field("notes", x => x.Decision.Notes, nullable: true).Description("Notes.");
        Field(x => x.Revision).Description("Counts changes to this decision; pass it as expectedRevision when assessing again.");
        Field(x => x.AssessedAgainstVersion).Description("The programme version the decision was made against.");
        Field(x => x.NeedsReassessment).Description("True when the hazard changed in a later version the localisation was carried forward to.");
        Field(x => x.ReassessBecause).Description("The hazard fields that changed, when re-assessment is needed.");
    }
}

public sealed class MouGraphType : ObjectGraphType<Mou>
{
    public MouGraphType()
    {
        Name = "Mou";
        Description = "The memorandum of understanding under which a practice joined a programme.";
        Field(x => x.Reference).Description("The MoU's reference.");
        Field(x => x.SignatoryName).Description("Who signed it for the practice.");
        Field(x => x.SignatoryRole).Description("Their role.");
        Field(x => x.SignedOn).Description("When it was signed.");
        Field(x => x.ExpiresOn).Description("When it expires.");
    }
}

public sealed class SopGraphType : ObjectGraphType<Sop>
{
    public SopGraphType()
    {
        Name = "Sop";
        Description = "A practice's standard operating procedure for using the software.";
        Field(x => x.Text, nullable: true).Description("The procedure, in Markdown.");
        Field(x => x.DocumentReference, nullable: true).Description("A reference to the procedure's document.");
        Field(x => x.Version).Description("The SOP's own version.");
        Field(x => x.ApprovedBy, nullable: true).Description("Who approved it; null while a draft.");
        Field(x => x.ApprovedOn, nullable: true).Description("When it was approved.");
        Field(x => x.IsApproved).Description("Whether it has been approved.");
        Field(x => x.ReviewDate).Description("When it is next due for review.");
    }
}

public sealed class LocalSignOffGraphType : ObjectGraphType<LocalSignOffRecord>
{
    public LocalSignOffGraphType()
    {
        Name = "PracticeSignOff";
        Description = "A practice's sign-off of its localised hazard log, bound to a programme version.";
        Field(x => x.ProgrammeVersion).Description("The programme version signed off.");
        Field("name", x => x.SignOff.Name).Description("Who signed.");
        Field("role", x => x.SignOff.Role).Description("Their role.");
        Field("professionalRegistration", x => x.SignOff.ProfessionalRegistration, nullable: true).Description("Their professional registration, where clinical.");
        Field("statement", x => x.SignOff.Statement).Description("What they attest.");
        Field("reviewDate", x => x.SignOff.ReviewDate, nullable: true).Description("When the practice will next review the localisation (reminders are sent against it).");
        Field(x => x.SignedAt).Description("When.");
        Field(x => x.SignedBy).Description("The person who recorded the sign-off.");
    }
}

public sealed class HazardChangeGraphType : ObjectGraphType<HazardChange>
{
    public HazardChangeGraphType()
    {
        Name = "HazardChange";
        Description = "How one hazard differs between two published versions.";
        Field(x => x.HazardId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The hazard.");
        Field(x => x.Title).Description("Its title in the later version.");
        Field(x => x.Kinds).Description("Added, closed, reopened, risk changed, controls changed, text changed, details changed.");
        Field(x => x.ChangedFields).Description("The fields that differ.");
    }
}

public sealed class LocalisationRowGraphType : ObjectGraphType<LocalisationRow>
{
    public LocalisationRowGraphType()
    {
        Name = "LocalisationRow";
        Description = "One practice's localisation of a programme, in brief.";
        Field("programmeId", x => x.Summary.ProgrammeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme.");
        Field("odsCode", x => x.Summary.OdsCode, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practice.");
        Field(x => x.Status).Description("Where the practice stands.");
        Field("localisedVersion", x => x.Summary.LocalisedVersion, nullable: true).Description("The version being localised.");
        Field("signedOffVersion", x => x.Summary.SignedOffVersion, nullable: true).Description("The version last signed off.");
        Field(x => x.VersionsBehind).Description("How many versions the sign-off is behind.");
        Field("notAssessedHazards", x => x.Summary.NotAssessedHazards).Description("Open hazards not (re-)assessed.");
        Field("highestLocalResidualRating", x => x.Summary.HighestLocalResidualRating, nullable: true).Description("The highest local residual rating.");
    }
}

public sealed class LocalisationPageGraphType : ObjectGraphType<LocalisationPage>
{
    public LocalisationPageGraphType()
    {
        Name = "LocalisationPage";
        Description = "A page of a programme's localisations, by ODS code.";
        Field(x => x.Rows).Description("The rows.");
        Field(x => x.TotalCount).Description("How many practices have a localisation of the programme.");
        Field(x => x.EndCursor, nullable: true).Description("Pass as 'after' for the next page; null when this is the last.");
    }
}
