using GpSafetyHub.Reminders;
using GraphQL.Types;
using GpSafetyHub.Operations.Reminders;

namespace GpSafetyHub.GraphQL.Reminders;

public sealed class ReminderLogEntryGraphType : ObjectGraphType<ReminderLogEntry>
{
    public ReminderLogEntryGraphType()
    {
        Name = "ReminderLogEntry";
        Description = "A reminder the hub decided: who was (or is to be) reminded of what, and when the e-mail went.";
        Field("recipient", x => x.Digest.Recipient).Description("The e-mail address reminded.");
        Field("kind", x => x.Item.Kind).Description("What the reminder is about.");
        Field("stage", x => x.Item.Stage).Description("The stage, e.g. due-in-30-days, overdue-2, issued.");
        Field("dueDate", x => x.Item.DueDate).Description("The date the reminder is about.");
        Field("subject", x => x.Item.Subject).Description("What the e-mail said is due.");
        Field("action", x => x.Item.Action).Description("What the e-mail asked for.");
        Field("programmeId", x => x.Item.ProgrammeId, nullable: true).Description("The programme, if any.");
        Field("odsCode", x => x.Item.OdsCode, nullable: true).Description("The practice, if any.");
        Field("alertReference", x => x.Item.AlertReference, nullable: true).Description("The CAS alert, if any.");
        Field("icbCode", x => x.Item.IcbCode, nullable: true).Description("The ICB, if any.");
        Field("idempotencyKey", x => x.Item.Key).Description("The reminder's idempotency key: recipient, kind, subject, due date and stage.");
        Field("digestId", x => x.Digest.Id).Description("The digest (one e-mail) that carried it.");
        Field("decidedAt", x => x.Digest.DecidedAt).Description("When the reminder was decided and recorded.");
        Field("sentAt", x => x.Digest.SentAt, nullable: true).Description("When the e-mail was sent; null while it waits (e.g. for the mail server).");
        Field("attempts", x => x.Digest.Attempts).Description("Attempts to send it so far.");
        Field("lastError", x => x.Digest.LastError, nullable: true).Description("Why the last attempt failed, if it did.");
    }
}

public sealed class ReminderKindGraphType : EnumerationGraphType<ReminderKind>
{
    public ReminderKindGraphType()
    {
        Name = "ReminderKind";
        Description = "What a reminder is about.";
        this.Describe(k => k switch
        {
            ReminderKind.ProgrammeReview => "A programme hazard log's review date (to the CSO).",
            ReminderKind.HazardReview => "A programme hazard's review date (to the CSO).",
            ReminderKind.SopReview => "A practice SOP's review date.",
            ReminderKind.LocalisationReview => "A practice localisation's review date.",
            ReminderKind.MouExpiry => "A practice's MoU expiry.",
            ReminderKind.CasAlertIssued => "A CAS alert newly issued to the practice.",
            ReminderKind.CasAlertAcknowledge => "A CAS alert's acknowledgement deadline.",
            ReminderKind.CasAlertAction => "A CAS alert's action deadline.",
            ReminderKind.CasAlertIcbSummary => "Practices of an ICB still outstanding on a CAS alert (to the CSO).",
            ReminderKind.CasContactMissing => "A practice with no CAS contact registered.",
            _ => "A deployment step waiting past its party's target (to the practice, or to the CSO when it waits on them).",
        });
    }
}
