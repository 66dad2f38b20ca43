using GpSafetyHub.Alerts;
using GpSafetyHub.Reminders;
using GpSafetyHub.Hazards;
using GpSafetyHub.Coverage;
using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;
using GraphQL;
using GraphQL.Types;
using GpSafetyHub.GraphQL.Practices;
using GpSafetyHub.GraphQL.Programmes;
using GpSafetyHub.GraphQL.Localisations;
using GpSafetyHub.GraphQL.Coverage;
using GpSafetyHub.Operations.Coverage;
using GpSafetyHub.GraphQL.Alerts;
using GpSafetyHub.GraphQL.History;
using GpSafetyHub.Operations.Localisations;
using GpSafetyHub.GraphQL.Reminders;

namespace GpSafetyHub.GraphQL;

/// <summary>The hub's GraphQL schema: one query root, one mutation root, graph types in Types/ and Inputs/.</summary>
public sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, HubQuery query, HubMutation mutation)
        : base(services)
    {
        Description = "GP Safety Hub: programme-level DCB0160 clinical risk management shared across GP practices.";
        Query = query;
        Mutation = mutation;
        // What graphql-js's introspection query asks for with directiveIsRepeatable, inputValueDeprecation and specifiedByUrl.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new Introspection.MissingIntrospectionFields());
        this.RegisterTypeMapping<Severity, SeverityGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.DeploymentStep, Deployments.ChecklistStepGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.StepStatus, Deployments.StepStatusGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.DeploymentParty, Deployments.DeploymentPartyGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.ProcurementRoute, Deployments.ProcurementRouteGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.PermissionDecision, Deployments.PermissionDecisionGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.ProgrammeArtefactKind, Deployments.ProgrammeArtefactKindGraphType>();
        this.RegisterTypeMapping<ProgrammeListing, ProgrammeListingGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.DeploymentView, Deployments.DeploymentGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.DeploymentStepView, Deployments.DeploymentStepGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.StepWait, Deployments.StepWaitGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.ProgrammeArtefact, Deployments.ProgrammeArtefactGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.BlanketPermission, Deployments.BlanketPermissionGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.ProgrammeDeploymentView, Deployments.ProgrammeDeploymentGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Operations.Deployments.DeploymentBoard, Deployments.DeploymentBoardGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.DeploymentFigures, Deployments.DeploymentFiguresGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.StepFigures, Deployments.StepFiguresGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Deployments.PartyFigures, Deployments.PartyFiguresGraphType>();
        this.RegisterTypeMapping<Likelihood, LikelihoodGraphType>();
        this.RegisterTypeMapping<HazardStatus, HazardStatusGraphType>();
        this.RegisterTypeMapping<ControlType, ControlTypeGraphType>();
        this.RegisterTypeMapping<ControlState, ControlStateGraphType>();
        this.RegisterTypeMapping<RiskAssessment, RiskAssessmentGraphType>();
        this.RegisterTypeMapping<HazardControl, HazardControlGraphType>();
        this.RegisterTypeMapping<Hazard, HazardGraphType>();
        this.RegisterTypeMapping<ProgrammeDetails, ProgrammeDetailsGraphType>();
        this.RegisterTypeMapping<Actor, ActorGraphType>();
        this.RegisterTypeMapping<CsoSignOff, SignOffGraphType>();
        this.RegisterTypeMapping<PublishedVersionSummary, PublishedVersionSummaryGraphType>();
        this.RegisterTypeMapping<HistoryEntry, HistoryEntryGraphType>();
        this.RegisterTypeMapping<PracticeContacts, PracticeContactsGraphType>();
        this.RegisterTypeMapping<RefusedRow, RefusedRowGraphType>();
        this.RegisterTypeMapping<FieldViolation, FieldViolationGraphType>();
        this.RegisterTypeMapping<GpSafetyHub.Operations.Programmes.HazardLogImportRow, HazardLogImportRowGraphType>();
        this.RegisterTypeMapping<LocalisationStatus, LocalisationStatusGraphType>();
        this.RegisterTypeMapping<HazardChangeKind, HazardChangeKindGraphType>();
        this.RegisterTypeMapping<AssessmentState, AssessmentStateGraphType>();
        this.RegisterTypeMapping<LocalisedHazard, LocalisedHazardGraphType>();
        this.RegisterTypeMapping<OverlayEntry, OverlayEntryGraphType>();
        this.RegisterTypeMapping<Mou, MouGraphType>();
        this.RegisterTypeMapping<Sop, SopGraphType>();
        this.RegisterTypeMapping<LocalSignOffRecord, LocalSignOffGraphType>();
        this.RegisterTypeMapping<HazardChange, HazardChangeGraphType>();
        this.RegisterTypeMapping<LocalisationRow, LocalisationRowGraphType>();
        this.RegisterTypeMapping<MouState, MouStateGraphType>();
        this.RegisterTypeMapping<SopState, SopStateGraphType>();
        this.RegisterTypeMapping<CoverageRow, CoverageRowGraphType>();
        this.RegisterTypeMapping<ProgrammeCoverage, ProgrammeCoverageGraphType>();
        this.RegisterTypeMapping<IcbCoveragePage, IcbCoverageGraphType>();
        this.RegisterTypeMapping<CasAlertView, CasAlertGraphType>();
        this.RegisterTypeMapping<CasAlertPractice, CasAlertPracticeGraphType>();
        this.RegisterTypeMapping<CasAcknowledgement, CasAcknowledgementGraphType>();
        this.RegisterTypeMapping<CasResponseRecord, CasResponseRecordGraphType>();
        this.RegisterTypeMapping<CasAlertTotals, CasAlertTotalsGraphType>();
        this.RegisterTypeMapping<CasAlertType, CasAlertTypeGraphType>();
        this.RegisterTypeMapping<CasResponseOutcome, CasResponseOutcomeGraphType>();
        this.RegisterTypeMapping<CasPracticeStatus, CasPracticeStatusGraphType>();
        this.RegisterTypeMapping<ReminderKind, ReminderKindGraphType>();
        this.RegisterTypeMapping<PracticeChanges, PracticeChangesGraphType>();
        this.RegisterTypeMapping<IcbMergerReport, IcbMergerReportGraphType>();
        this.RegisterTypeMapping<PracticeFieldChange, PracticeFieldChangeGraphType>();
    }
}
