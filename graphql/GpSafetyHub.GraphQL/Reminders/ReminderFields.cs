using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Errors;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Reminders;
using GraphQL;
using GraphQL.Types;
using GpSafetyHub.Operations.Reminders;

namespace GpSafetyHub.GraphQL.Reminders;

/// <summary>The audit of reminders: who was reminded of what, and when.</summary>
internal static class ReminderFields
{
    public static void AddReminderQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReminderLogEntryGraphType>>>>("reminderLog")
            .Description($"Reminders decided between two days, sent or waiting, optionally for one recipient, practice, programme or alert; in the order decided, paged. At most {ReminderLogFilter.MaxDays} days, or {ReminderLogFilter.MaxUnnarrowedDays} with no other filter.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The first day.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The last day.")
            .Argument<StringGraphType>("recipient", "Only reminders to this e-mail address.")
            .Argument<IdGraphType>("odsCode", "Only reminders about this practice.")
            .Argument<IdGraphType>("programmeId", "Only reminders about this programme.")
            .Argument<IdGraphType>("alertReference", "Only reminders about this CAS alert.")
            .Argument<IntGraphType>("first", $"How many entries, 1 to {GetReminderLog.MaxPage} (default 200).")
            .Argument<IntGraphType>("offset", "How many entries to skip (default 0).")
            .Runs(ctx => new GetReminderLog(
                ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"), ctx.GetArgument<string?>("recipient"), ctx.GetArgument<string?>("odsCode"),
                ctx.GetArgument<string?>("programmeId"), ctx.GetArgument<string?>("alertReference"), ctx.GetArgument("first", 200), ctx.GetArgument("offset", 0)));
}
