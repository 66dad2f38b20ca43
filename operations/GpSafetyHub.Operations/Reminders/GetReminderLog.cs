using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Practices;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Operations.Reminders;

/// <summary>One reminder as recorded: the item, and the digest (e-mail) that carried it.</summary>
public sealed record ReminderLogEntry(ReminderDigest Digest, ReminderItem Item);

/// <summary>
/// Reminders decided between two days, sent or waiting, optionally narrowed, in the order decided,
/// paged: every reminder for national users and administrators, a practice's own, a CSO's programmes'.
/// </summary>
public sealed record GetReminderLog(
    DateOnly From, DateOnly To, string? Recipient = null, string? OdsCode = null, string? ProgrammeId = null, string? AlertReference = null,
    int First = 200, int Offset = 0) : IQuery<IReadOnlyList<ReminderLogEntry>>
{
    public const int MaxPage = 1000;

    public async ValueTask<HubException?> Access(OperationContext context) =>
        context.Caller.Has(HubRole.National) || context.Caller.Has(HubRole.Admin)
        || (Normal.Code(OdsCode) is { } ods && context.Caller.IsPractice(ods))
        || (Normal.Text(ProgrammeId) is { } programme && await context.Scope.IsCsoOfAsync(programme))
            ? null
            : Rules.Forbidden("Only national users and administrators read every reminder; a practice reads its own (odsCode), a CSO its programmes' (programmeId).");

    public async Task<IReadOnlyList<ReminderLogEntry>> Run(OperationContext context)
    {
        if (First is < 1 or > MaxPage) throw new ValidationFailedException("first", $"must be from 1 to {MaxPage}");
        if (Offset < 0) throw new ValidationFailedException("offset", "must not be negative");
        var filter = new ReminderLogFilter(
            From, To, Recipient?.Trim(),
            OdsCode is { } ods ? OrganisationCodes.RequirePractice(ods) : null,
            ProgrammeId is { } programme ? GpSafetyHub.Programmes.ProgrammeId.Parse(programme).Value : null,
            AlertReference is { } alert ? CasAlertReference.Require(alert, "alertReference") : null);
        var digests = await context.Grains.GetGrain<IReminderLedgerGrain>(IReminderLedgerGrain.Key).Log(filter);
        return digests.SelectMany(d => d.Items.Select(i => new ReminderLogEntry(d, i))).Skip(Offset).Take(First).ToArray();
    }
}
