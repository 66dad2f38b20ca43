using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Practices;
using GpSafetyHub.Practices;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Practices;

/// <summary>The practice directory's queries and mutations.</summary>
internal static class PracticeFields
{
    public static void AddPracticeQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PracticeGraphType>>("practice")
            .Description("A practice by ODS code. NOT_FOUND if it is not registered.")
            .Argument<NonNullGraphType<IdGraphType>>("odsCode", "The practice's ODS code.")
            .Runs(ctx => new GetPractice(ctx.GetArgument<string>("odsCode")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PracticeGraphType>>>>("practices")
            .Description("The practices of an ICB, by ODS code.")
            .Argument<NonNullGraphType<IdGraphType>>("icb", "The ICB's ODS code, e.g. QHM.")
            .Runs(ctx => new ListIcbPractices(ctx.GetArgument<string>("icb")));
    }

    public static void AddPracticeMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegistrationReportGraphType>>("registerPractices")
            .Description("Registers practices, or updates their details, in bulk. Each row is checked on its own: refused rows change nothing, the rest are applied. An update keeps every field the row leaves out; only fields named in clear are emptied.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<PracticeInputGraphType>>>>("practices", "The practices (at most 2,000).")
            .Runs(ctx => new RegisterPractices(ctx.GetArgument<List<PracticeRegistration>>("practices")));

        mutation.Field<NonNullGraphType<IcbMergerReportGraphType>>("mergeIcbs")
            .Description("Administration: ICBs merge. Every practice of the `from` ICBs moves into `into`, each move in the practice's history with the effective date and reason; coverage, practice lists, alert figures and the national roll-up follow. Alerts sent to a merged ICB still concern its former practices. Repeating it changes nothing.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("from", "The ICBs merging (their ODS codes).")
            .Argument<NonNullGraphType<IdGraphType>>("into", "The ICB they merge into.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("effectiveOn", "The day the merger took effect (not in the future, e.g. 2026-04-01).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why (recorded in each practice's history), e.g. the NHS England direction.")
            .Runs(ctx => new MergeIcbs(
                ctx.GetArgument<List<string>>("from"), ctx.GetArgument<string>("into"), ctx.GetArgument<DateOnly>("effectiveOn"), ctx.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<RegistrationReportGraphType>>("importPracticesCsv")
            .Description("Registers practices from CSV text with a header line. Columns: ods_code, name, icb_code (required); pcn_code, safety_lead_name, safety_lead_email, cas_contact_email, cas_contact_mobile, practice_manager_email, clear (optional). For a registered practice an empty cell, or a column left out, keeps the value held; clear names the columns to empty, separated by spaces or semicolons (e.g. cas_contact_mobile).")
            .Argument<NonNullGraphType<StringGraphType>>("csv", "The CSV text.")
            .Runs(ctx => new ImportPracticesCsv(ctx.GetArgument<string>("csv")));
    }
}
