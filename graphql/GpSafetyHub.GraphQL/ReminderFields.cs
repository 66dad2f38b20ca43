using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Types;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Reminders;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

/// <summary>The audit of reminders: who was reminded of what, and when.</summary>
internal static class ReminderFields
{
    private const int MaxPage = 1000;

    public static void AddReminderQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReminderLogEntryGraphType>>>>("reminderLog")
            .Description($"Reminders decided between two days, sent or waiting, optionally for one recipient, practice, programme or alert; in the order decided, paged. At most {ReminderLogFilter.MaxDays} days, or {ReminderLogFilter.MaxUnnarrowedDays} with no other filter.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The first day.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The last day.")
            .Argument<StringGraphType>("recipient", "Only reminders to this e-mail address.")
            .Argument<IdGraphType>("odsCode", "Only reminders about this practice.")
            .Argument<IdGraphType>("programmeId", "Only reminders about this programme.")
            .Argument<IdGraphType>("alertReference", "Only reminders about this CAS alert.")
            .Argument<IntGraphType>("first", $"How many entries, 1 to {MaxPage} (default 200).")
            .Argument<IntGraphType>("offset", "How many entries to skip (default 0).")
            .ResolveAsync(async ctx =>
            {
                var (first, offset) = (ctx.GetArgument("first", 200), ctx.GetArgument("offset", 0));
                if (first is < 1 or > MaxPage) throw new ValidationFailedException("first", $"must be from 1 to {MaxPage}");
                if (offset < 0) throw new ValidationFailedException("offset", "must not be negative");
                var filter = new ReminderLogFilter(
                    ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"), ctx.GetArgument<string?>("recipient")?.Trim(),
                    ctx.GetArgument<string?>("odsCode") is { } ods ? OrganisationCodes.RequirePractice(ods) : null,
                    ctx.GetArgument<string?>("programmeId") is { } programme ? ProgrammeId.Parse(programme).Value : null,
                    ctx.GetArgument<string?>("alertReference") is { } alert ? CasAlertReference.Require(alert, "alertReference") : null);
                var digests = await ctx.Grains().GetGrain<IReminderLedgerGrain>(IReminderLedgerGrain.Key).Log(filter);
                return digests.SelectMany(d => d.Items.Select(i => new ReminderLogEntry(d, i))).Skip(offset).Take(first).ToArray();
            });
}
