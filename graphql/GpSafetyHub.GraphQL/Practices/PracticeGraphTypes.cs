using GpSafetyHub.GraphQL.History;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Errors;
using GpSafetyHub.Practices;
using GraphQL;
using GraphQL.Types;
using GpSafetyHub.GraphQL.Localisations;
using GpSafetyHub.GraphQL.Alerts;
using GpSafetyHub.Operations.Practices;
using GpSafetyHub.Operations.Localisations;
using GpSafetyHub.Operations.Alerts;

namespace GpSafetyHub.GraphQL.Practices;

public sealed class PracticeGraphType : ObjectGraphType<PracticeView>
{
    public PracticeGraphType()
    {
        Name = "Practice";
        Description = "A GP practice in the directory.";
        Field(x => x.OdsCode, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practice's ODS code, e.g. A81001.");
        Field("name", x => x.Details.Name).Description("The practice's name.");
        Field("icbCode", x => x.Details.IcbCode).Description("The ODS code of the ICB the practice belongs to now.");
        Field("pcnCode", x => x.Details.PcnCode, nullable: true).Description("The ODS code of its primary care network, if known.");
        Field("contacts", x => x.Details.Contacts).Description("Who the hub writes to at the practice.");
        Field(x => x.RegisteredAt).Description("When the practice was first registered.");
        Field(x => x.Revision).Description("Counts changes to the entry.");
        Field(x => x.MergedFromIcbCodes).Description("ICBs the practice belonged to before they merged into its current ICB.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalisationRowGraphType>>>>("localisations")
            .Description("The practice's localisations, one per programme it joined, with status against each programme's current version.")
            .Runs(ctx => new ListPracticeLocalisations(ctx.Source.OdsCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasAlertPracticeGraphType>>>>("openCasAlerts")
            .Description("The CAS alerts that concern the practice and that it has still to answer, newest first.")
            .Runs(ctx => new ListOpenCasAlerts(ctx.Source.OdsCode));
        this.AddHistoryField(
            "The entry's history, newest first, paged: registration and every change, moves of ICB included.",
            ctx => new GetPracticeHistory(ctx.Source.OdsCode, ctx.First(), ctx.Before()));
    }
}

public sealed class PracticeContactsGraphType : ObjectGraphType<PracticeContacts>
{
    public PracticeContactsGraphType()
    {
        Name = "PracticeContacts";
        Description = "A practice's contacts for clinical safety.";
        Field(x => x.SafetyLeadName, nullable: true).Description("The clinical safety lead's name.");
        Field(x => x.SafetyLeadEmail, nullable: true).Description("The clinical safety lead's e-mail.");
        Field(x => x.CasContactEmail, nullable: true).Description("The CAS (safety alert) contact's e-mail.");
        Field(x => x.CasContactMobile, nullable: true).Description("The CAS contact's mobile.");
        Field(x => x.PracticeManagerEmail, nullable: true).Description("The practice manager's e-mail.");
    }
}

public sealed class RegistrationReportGraphType : ObjectGraphType<RegistrationReport>
{
    public RegistrationReportGraphType()
    {
        Name = "RegistrationReport";
        Description = "What a bulk registration did. Refused rows changed nothing; the others were applied.";
        Field(x => x.Created).Description("ODS codes of practices newly registered.");
        Field(x => x.Updated).Description("ODS codes of practices whose details changed.");
        Field(x => x.Unchanged).Description("ODS codes of practices already registered exactly so.");
        Field(x => x.Refused).Description("Rows not applied, with every rule they broke.");
        Field(x => x.Changes).Description("For each updated row, every field it changed with the old and new value.");
    }
}

public sealed class RefusedRowGraphType : ObjectGraphType<RefusedRow>
{
    public RefusedRowGraphType()
    {
        Name = "RefusedRow";
        Description = "A row of a bulk registration that was not applied.";
        Field(x => x.Row).Description("The row's number, from 1 (for CSV, the first line after the header).");
        Field(x => x.OdsCode, nullable: true).Description("The ODS code the row gave, if any.");
        Field(x => x.Violations).Description("Every rule the row broke.");
    }
}

public sealed class FieldViolationGraphType : ObjectGraphType<FieldViolation>
{
    public FieldViolationGraphType()
    {
        Name = "FieldViolation";
        Description = "A broken rule: the field and the rule in words.";
        Field(x => x.Field).Description("The field, e.g. practice.icbCode.");
        Field(x => x.Rule).Description("The rule it broke.");
    }
}

public sealed class IcbMergerReportGraphType : ObjectGraphType<IcbMergerReport>
{
    public IcbMergerReportGraphType()
    {
        Name = "IcbMergerReport";
        Description = "What an ICB merger did.";
        Field("from", x => x.Merger.From).Description("The ICBs that merged.");
        Field("into", x => x.Merger.Into).Description("The ICB they merged into.");
        Field("effectiveOn", x => x.Merger.EffectiveOn).Description("When the merger took effect.");
        Field(x => x.Moved).Description("ODS codes of the practices moved by this request.");
        Field(x => x.Unchanged).Description("ODS codes of the practices already in the new ICB (moved by an earlier request, say).");
        Field(x => x.Refused).Description("Practices whose move storage could not confirm: run the merger again.");
    }
}
