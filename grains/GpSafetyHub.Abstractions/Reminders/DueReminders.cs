using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Reminders;

/// <summary>
/// Decides what is due for reminding on a day: the one definition of who is reminded of what,
/// in which stage. Pure; the reminder grain feeds it the sources and records what it returns, in
/// the words the jobs give (<see cref="IReminderWording"/>).
/// </summary>
public static class DueReminders
{
    private const string NoPracticeContact = "no safety lead or practice manager e-mail is registered for the practice";

    public static ReminderScan Find(ReminderSources sources, ReminderSettings settings, DateOnly today, IReminderWording wording) =>
        Run(sources, new Scan(settings, today, wording));

    /// <summary>
    /// Only the "issued" notices of newly recorded alerts: what the hub sends within a minute of an
    /// alert being recorded, rather than waiting for the daily scan (whose keys are the same, so
    /// each notice still goes once).
    /// </summary>
    public static ReminderScan FindIssued(ReminderSources sources, ReminderSettings settings, DateOnly today, IReminderWording wording) =>
        Run(sources with { Programmes = [] }, new Scan(settings, today, wording) { IssuedOnly = true });

    /// <summary>Whether <paramref name="today"/> is within the alert's "issued" stage, when its notice may go out.</summary>
    public static bool IsNewlyIssued(CasAlertView alert, ReminderSettings settings, DateOnly today) =>
        IssuedStage(alert, settings, today) is not null;

    private static ReminderScan Run(ReminderSources sources, Scan scan)
    {
        foreach (var programme in sources.Programmes) scan.Programme(programme);
        var programmeNames = sources.Programmes.ToDictionary(p => p.ProgrammeId, p => p.Name, StringComparer.Ordinal);
        var practices = sources.Practices.Where(p => p.Practice is not null).ToArray();
        if (!scan.IssuedOnly)
            foreach (var row in practices) scan.Practice(row, programmeNames);
        var byCode = practices.ToDictionary(p => p.OdsCode, StringComparer.Ordinal);
        foreach (var alert in sources.Alerts) scan.Alert(alert, byCode);
        if (!scan.IssuedOnly)
        {
            var csoEmails = sources.Programmes.ToDictionary(p => p.ProgrammeId, p => p.CsoEmail, StringComparer.Ordinal);
            foreach (var step in sources.OverdueSteps)
                if (byCode.TryGetValue(step.OdsCode, out var row)) scan.Overdue(step, row, programmeNames, csoEmails.GetValueOrDefault(step.ProgrammeId));
        }

        return new ReminderScan(scan.Items, scan.Unreachable);
    }

    /// <summary>Who hears about a practice's safety records: its safety lead and practice manager.</summary>
    public static IReadOnlyList<string> SafetyRecipients(PracticeContacts contacts) =>
        new[] { contacts.SafetyLeadEmail, contacts.PracticeManagerEmail }.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Who hears about CAS alerts: the CAS contact, or failing that the practice's safety recipients.</summary>
    public static IReadOnlyList<string> AlertRecipients(PracticeContacts contacts) =>
        contacts.CasContactEmail is { } cas ? [cas] : SafetyRecipients(contacts);

    /// <summary>
    /// The "newly issued" stage: from the day the alert was recorded until the first deadline stage
    /// starts (at least that day itself, however close the deadline), and no longer than the scan
    /// looks back, so its key cannot come up again.
    /// </summary>
    private static ReminderStage? IssuedStage(CasAlertView alert, ReminderSettings settings, DateOnly today)
    {
        var start = DateOnly.FromDateTime(alert.RecordedAt.UtcDateTime);
        var end = settings.Alerts.FirstStageStart(alert.Details.AcknowledgeBy!.Value).AddDays(-1);
        if (end > start.AddDays(settings.LookbackDays - 1)) end = start.AddDays(settings.LookbackDays - 1);
        if (end < start) end = start;
        return today >= start && today <= end ? new ReminderStage("issued", start, end) : null;
    }

    private static bool IsOverdue(ReminderStage stage) => stage.Name.StartsWith("overdue", StringComparison.Ordinal);

    private sealed class Scan(ReminderSettings settings, DateOnly today, IReminderWording wording)
    {
        public bool IssuedOnly { get; init; }

        public List<ReminderItem> Items { get; } = [];

        public List<UnreachableReminder> Unreachable { get; } = [];

        public void Programme(ProgrammeDates programme)
        {
            var recipients = programme.CsoEmail is { } cso ? new[] { cso } : [];
            Due(settings.Reviews, programme.ReviewDate, recipients, ReminderKind.ProgrammeReview, programme.ProgrammeId,
                (recipient, stage) => Item(recipient, ReminderKind.ProgrammeReview, programme.ProgrammeId, programme.ReviewDate, stage,
                    wording.ProgrammeReview(programme.Name))
                    with { ProgrammeId = programme.ProgrammeId, ProgrammeName = programme.Name },
                "no CSO e-mail is recorded for the programme");
            foreach (var hazard in programme.Hazards)
            {
                var about = $"{programme.ProgrammeId}/{hazard.HazardId}";
                Due(settings.Reviews, hazard.ReviewDate, recipients, ReminderKind.HazardReview, about,
                    (recipient, stage) => Item(recipient, ReminderKind.HazardReview, about, hazard.ReviewDate, stage,
                        wording.HazardReview(hazard.HazardId, hazard.Title, programme.Name))
                        with { ProgrammeId = programme.ProgrammeId, ProgrammeName = programme.Name },
                    "no CSO e-mail is recorded for the programme");
            }
        }

        public void Practice(PracticeCoverage row, IReadOnlyDictionary<string, string> programmeNames)
        {
            var practice = row.Practice!;
            var recipients = SafetyRecipients(practice.Details.Contacts);
            foreach (var l in row.Localisations.Where(l => l.MouExpiresOn is not null && l.LeftOn is null))
            {
                var name = programmeNames.GetValueOrDefault(l.ProgrammeId, l.ProgrammeId);
                var about = $"{l.ProgrammeId}/{row.OdsCode}";
                PracticeDue(row, l.ProgrammeId, name, about, ReminderKind.MouExpiry, l.MouExpiresOn, recipients);
                if (l.SopRecorded) PracticeDue(row, l.ProgrammeId, name, about, ReminderKind.SopReview, l.SopReviewDate, recipients);
                PracticeDue(row, l.ProgrammeId, name, about, ReminderKind.LocalisationReview, l.LocalisationReviewDate, recipients);
            }

            if (practice.Details.Contacts.CasContactEmail is null)
            {
                // Weekly, in calendar weeks counted from a fixed day, so the key changes once a week.
                var start = DateOnly.FromDayNumber(today.DayNumber / ReminderSettings.CasContactReminderEveryDays * ReminderSettings.CasContactReminderEveryDays);
                var stage = new ReminderStage($"week-of-{start:yyyy-MM-dd}", start, start.AddDays(ReminderSettings.CasContactReminderEveryDays - 1));
                Send(recipients, ReminderKind.CasContactMissing, row.OdsCode,
                    recipient => Item(recipient, ReminderKind.CasContactMissing, row.OdsCode, start, stage.Name, wording.CasContactMissing())
                        with { OdsCode = row.OdsCode, PracticeName = practice.Details.Name, IcbCode = practice.Details.IcbCode },
                    NoPracticeContact);
            }
        }

        /// <summary>
        /// A step waiting past its target, chased weekly from its first overdue day: a step waiting on
        /// the CSO function reminds its mailbox; any other wait reminds the practice, which owns its
        /// deployment and chases the ICB, IG service, IT provider or supplier it waits on.
        /// </summary>
        public void Overdue(OverdueStep step, PracticeCoverage row, IReadOnlyDictionary<string, string> programmeNames, string? csoEmail)
        {
            if (today < step.OverdueFrom) return;
            var week = (today.DayNumber - step.OverdueFrom.DayNumber) / ReminderSettings.CasContactReminderEveryDays;
            var stage = $"overdue-{week + 1}";
            var practice = row.Practice!.Details;
            var name = programmeNames.GetValueOrDefault(step.ProgrammeId, step.ProgrammeId);
            var toCso = step.WaitingOn == Deployments.DeploymentParty.CsoFunction;
            var recipients = toCso ? csoEmail is { } cso ? [cso] : [] : SafetyRecipients(practice.Contacts);
            var about = $"{step.ProgrammeId}/{step.OdsCode}/{step.Step}";
            Send(recipients, ReminderKind.DeploymentStepOverdue, about,
                recipient => Item(recipient, ReminderKind.DeploymentStepOverdue, about, step.DueOn, stage, wording.DeploymentStepOverdue(step, name, practice.Name))
                    with { ProgrammeId = step.ProgrammeId, ProgrammeName = name, OdsCode = step.OdsCode, PracticeName = practice.Name, IcbCode = practice.IcbCode },
                toCso ? "no CSO e-mail is recorded for the programme" : NoPracticeContact);
        }

        public void Alert(AlertStanding standing, IReadOnlyDictionary<string, PracticeCoverage> practices)
        {
            var alert = standing.Alert;
            var details = alert.Details;
            var ackBy = details.AcknowledgeBy!.Value;
            var actionBy = details.ActionCompleteBy!.Value;
            var outstanding = CasAlertProgress.Practices(alert, standing.Records, practices.Values, today).Where(p => p.Outstanding).ToArray();
            foreach (var p in outstanding)
            {
                var row = practices[p.OdsCode];
                var recipients = AlertRecipients(row.Practice!.Details.Contacts);
                var about = $"{alert.Reference}/{p.OdsCode}";
                ReminderItem AlertItem(string recipient, ReminderKind kind, DateOnly due, string stage) =>
                    Item(recipient, kind, about, due, stage, wording.Alert(kind, alert)) with
                    {
                        OdsCode = p.OdsCode, PracticeName = p.PracticeName, IcbCode = p.IcbCode, AlertReference = alert.Reference,
                    };

                var actionStage = settings.Alerts.StageOn(actionBy, today);
                var issued = IssuedStage(alert, settings, today);
                if (p.Status == CasPracticeStatus.Unacknowledged && issued is not null)
                    Send(recipients, ReminderKind.CasAlertIssued, about,
                        r => AlertItem(r, ReminderKind.CasAlertIssued, details.IssuedOn, issued.Name),
                        NoPracticeContact);
                if (IssuedOnly) continue;
                // A stage before the deadline that had begun by the day the alert was recorded is what
                // the "issued" notice already asked for: it is not sent again as a chase.
                var ackStage = p.Status == CasPracticeStatus.Unacknowledged ? settings.Alerts.StageOn(ackBy, today) : null;
                var askedByNotice = ackStage is not null && !IsOverdue(ackStage) && ackStage.Start <= DateOnly.FromDateTime(alert.RecordedAt.UtcDateTime);
                if (ackStage is not null && !askedByNotice && !(actionStage is not null && IsOverdue(actionStage)))
                    Send(recipients, ReminderKind.CasAlertAcknowledge, about,
                        r => AlertItem(r, ReminderKind.CasAlertAcknowledge, ackBy, ackStage.Name),
                        NoPracticeContact);
                if (actionStage is not null)
                    Send(recipients, ReminderKind.CasAlertAction, about,
                        r => AlertItem(r, ReminderKind.CasAlertAction, actionBy, actionStage.Name),
                        NoPracticeContact);
            }

            if (IssuedOnly) return;
            foreach (var icb in outstanding.GroupBy(p => p.IcbCode).OrderBy(g => g.Key, StringComparer.Ordinal))
                IcbSummary(alert, icb.Key, icb.ToArray(), ackBy, actionBy);
        }

        /// <summary>After a deadline passes, the CSO function hears which practices of each ICB are still outstanding.</summary>
        private void IcbSummary(CasAlertView alert, string icb, IReadOnlyList<CasAlertPractice> outstanding, DateOnly ackBy, DateOnly actionBy)
        {
            var actionOverdue = actionBy < today;
            var (due, practices) = actionOverdue
                ? (actionBy, outstanding)
                : (ackBy, outstanding.Where(p => p.Status == CasPracticeStatus.Unacknowledged).ToArray());
            if (due >= today || practices.Count == 0 || settings.Alerts.StageOn(due, today) is not { } stage) return;
            var about = $"{alert.Reference}/{icb}";
            Items.Add(Item(alert.Details.CsoEmail, ReminderKind.CasAlertIcbSummary, about, due, stage.Name, wording.IcbSummary(alert, icb, practices, actionOverdue))
                with { AlertReference = alert.Reference, IcbCode = icb });
        }

        private void PracticeDue(
            PracticeCoverage row, string programmeId, string programmeName, string about, ReminderKind kind, DateOnly? due, IReadOnlyList<string> recipients)
        {
            if (due is not { } date) return;
            var text = wording.PracticeReview(kind, programmeName, row.Practice!.Details.Name, row.OdsCode);
            Due(settings.Reviews, date, recipients, kind, about,
                (recipient, stage) => Item(recipient, kind, about, date, stage, text)
                    with
                    {
                        ProgrammeId = programmeId, ProgrammeName = programmeName, OdsCode = row.OdsCode,
                        PracticeName = row.Practice!.Details.Name, IcbCode = row.Practice.Details.IcbCode,
                    },
                NoPracticeContact);
        }

        private void Due(
            ReminderSchedule schedule, DateOnly due, IReadOnlyList<string> recipients, ReminderKind kind, string about,
            Func<string, string, ReminderItem> item, string unreachable)
        {
            if (schedule.StageOn(due, today) is not { } stage) return;
            Send(recipients, kind, about, recipient => item(recipient, stage.Name), unreachable);
        }

        private void Send(IReadOnlyList<string> recipients, ReminderKind kind, string about, Func<string, ReminderItem> item, string unreachable)
        {
            if (recipients.Count == 0) Unreachable.Add(new UnreachableReminder(kind, about, unreachable));
            foreach (var recipient in recipients) Items.Add(item(recipient));
        }

        private static ReminderItem Item(string recipient, ReminderKind kind, string about, DateOnly due, string stage, ReminderText text) =>
            new(ReminderItem.KeyOf(recipient, kind, about, due, stage), recipient, kind, stage, due, text.Subject, text.Action, null, null, null, null, null, null, text.Lines);
    }
}
