using GpSafetyHub.GraphQL.History;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Alerts;
using GpSafetyHub.Practices;
using GraphQL;
using GraphQL.Types;
using GpSafetyHub.Operations.Alerts;

namespace GpSafetyHub.GraphQL.Alerts;

public sealed class CasAlertGraphType : ObjectGraphType<CasAlertView>
{
    public CasAlertGraphType()
    {
        Name = "CasAlert";
        Description = "An MHRA Central Alerting System safety alert, and how the practices it concerns stand with it.";
        Field(x => x.Reference, type: typeof(NonNullGraphType<IdGraphType>)).Description("The CAS reference, e.g. NATPSA/2025/001/NHSPS.");
        Field("type", x => x.Details.Type).Description("The kind of alert.");
        Field("originator", x => x.Details.Originator).Description("Who issued it (MHRA, NHS England, …).");
        Field("issuedOn", x => x.Details.IssuedOn).Description("When it was issued.");
        Field("title", x => x.Details.Title).Description("Its title.");
        Field("summary", x => x.Details.Summary).Description("What it is about.");
        Field("actionRequired", x => x.Details.ActionRequired).Description("What practices must do.");
        Field("acknowledgeBy", x => x.Details.AcknowledgeBy!.Value).Description("The deadline to acknowledge it.");
        Field("actionCompleteBy", x => x.Details.ActionCompleteBy!.Value).Description("The deadline to complete the action.");
        Field("programmeIds", x => x.Details.ProgrammeIds).Description("The programmes whose software it concerns: their joined practices must act.");
        Field("icbCodes", x => x.Details.IcbCodes).Description("The ICBs all of whose practices must act.");
        Field("csoEmail", x => x.Details.CsoEmail).Description("The CSO function's mailbox that receives the per-ICB summaries of outstanding practices.");
        Field(x => x.RecordedAt).Description("When it was recorded in the hub.");
        Field(x => x.RecordedBy).Description("Who recorded it.");
        Field(x => x.AmendedAt, nullable: true).Description("When it was last amended.");
        Field(x => x.Version).Description("Counts changes to the alert; an amendment names the version it is based on.");
        Field<NonNullGraphType<CasAlertTotalsGraphType>>("status")
            .Description("How the practices it concerns stand today.")
            .Runs(ctx => new GetCasAlertStatus(ctx.Source.Reference));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasAlertPracticeGraphType>>>>("practices")
            .Description("Each practice it concerns (and any that answered and no longer does), by ODS code, with its record.")
            .Argument<CasPracticeStatusGraphType>("status", "Only practices in this state.")
            .Argument<BooleanGraphType>("outstanding", "Only practices still to answer (true) or that have answered (false).")
            .Argument<IdGraphType>("icb", "Only practices of this ICB.")
            .Runs(ctx => new ListAlertPractices(
                ctx.Source.Reference, ctx.GetArgument<CasPracticeStatus?>("status"), ctx.GetArgument<bool?>("outstanding"), ctx.GetArgument<string?>("icb")));
        this.AddHistoryField(
            "The alert's history, newest first, paged: its recording and every amendment.",
            ctx => new GetCasAlertHistory(ctx.Source.Reference, ctx.First(), ctx.Before()));
    }
}

public sealed class CasAlertPracticeGraphType : ObjectGraphType<CasAlertPractice>
{
    public CasAlertPracticeGraphType()
    {
        Name = "CasAlertPractice";
        Description = "A practice's standing with an alert, worked out today from its record and the alert's deadlines.";
        Field(x => x.AlertReference, type: typeof(NonNullGraphType<IdGraphType>)).Description("The alert's reference.");
        Field(x => x.OdsCode, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practice's ODS code.");
        Field(x => x.PracticeName).Description("The practice's name.");
        Field(x => x.IcbCode).Description("The practice's ICB.");
        Field(x => x.Affected).Description("Whether the alert concerns the practice now (false for one that answered and has since left the alert's programmes).");
        Field(x => x.Status).Description("Where the practice stands.");
        Field(x => x.Outstanding).Description("Still to answer.");
        Field(x => x.AcknowledgeOverdue).Description("Not acknowledged, and the acknowledgement deadline has passed.");
        Field(x => x.ActionOverdue).Description("No response recorded, and the action deadline has passed.");
        Field("acknowledged", x => x.Record == null ? null : x.Record.Acknowledged, nullable: true).Description("The acknowledgement, if made.").FromParent();
        Field("responses", x => x.Record == null ? Array.Empty<CasResponseRecord>() : x.Record.Responses).Description("The practice's responses, oldest first; the last is current.").FromParent();
        Field<NonNullGraphType<CasAlertGraphType>>("alert")
            .Description("The alert.")
            .Runs(ctx => new GetCasAlert(ctx.Source.AlertReference));
    }
}

public sealed class CasAcknowledgementGraphType : ObjectGraphType<CasAcknowledgement>
{
    public CasAcknowledgementGraphType()
    {
        Name = "CasAcknowledgement";
        Description = "A practice's acknowledgement of an alert.";
        Field(x => x.At).Description("When.");
        Field(x => x.By).Description("Who acknowledged it.");
    }
}

public sealed class CasResponseRecordGraphType : ObjectGraphType<CasResponseRecord>
{
    public CasResponseRecordGraphType()
    {
        Name = "CasResponse";
        Description = "A practice's response to an alert.";
        Field(x => x.Outcome).Description("Action complete, or action not required.");
        Field(x => x.Details).Description("What was done, or why nothing was needed.");
        Field(x => x.At).Description("When it was recorded.");
        Field(x => x.By).Description("Who recorded it.");
    }
}

public sealed class CasAlertTotalsGraphType : ObjectGraphType<CasAlertTotals>
{
    public CasAlertTotalsGraphType()
    {
        Name = "CasAlertTotals";
        Description = "How an alert stands across a set of practices (those it concerns).";
        Field(x => x.Affected).Description("Practices it concerns.");
        Field(x => x.Unacknowledged).Description("Not yet acknowledged.");
        Field(x => x.Acknowledged).Description("Acknowledged, no response yet.");
        Field(x => x.ActionComplete).Description("Responded: action complete.");
        Field(x => x.ActionNotRequired).Description("Responded: action not required.");
        Field(x => x.AcknowledgeOverdue).Description("Not acknowledged past the acknowledgement deadline.");
        Field(x => x.ActionOverdue).Description("No response past the action deadline.");
    }
}

public sealed class IcbCasAlertGraphType : ObjectGraphType<IcbCasAlert>
{
    public IcbCasAlertGraphType()
    {
        Name = "IcbCasAlert";
        Description = "An alert with practices in the ICB still to answer, and the ICB's figures for it.";
        Field(x => x.Alert).Description("The alert.");
        Field(x => x.Totals).Description("The ICB's practices' standing with it.");
    }
}

public sealed class CasAlertTypeGraphType : EnumerationGraphType<CasAlertType>
{
    public CasAlertTypeGraphType()
    {
        Name = "CasAlertType";
        Description = "The kinds of alert CAS cascades.";
        this.Describe(t => $"{CasAlertTypes.Describe(t)}.");
    }
}

public sealed class CasResponseOutcomeGraphType : EnumerationGraphType<CasResponseOutcome>
{
    public CasResponseOutcomeGraphType()
    {
        Name = "CasResponseOutcome";
        Description = "How a practice answered an alert.";
        this.Describe(o => o == CasResponseOutcome.ActionComplete
            ? "The action required is done; the details say what was done."
            : "No action is needed at the practice; the details say why.");
    }
}

public sealed class CasPracticeStatusGraphType : EnumerationGraphType<CasPracticeStatus>
{
    public CasPracticeStatusGraphType()
    {
        Name = "CasPracticeStatus";
        Description = "Where a practice stands with an alert.";
        this.Describe(s => s switch
        {
            CasPracticeStatus.Unacknowledged => "Not acknowledged yet.",
            CasPracticeStatus.Acknowledged => "Acknowledged; no response yet.",
            CasPracticeStatus.ActionComplete => "Responded: action complete.",
            _ => "Responded: action not required.",
        });
    }
}
