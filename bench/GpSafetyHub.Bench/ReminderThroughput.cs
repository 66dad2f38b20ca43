using System.Diagnostics;
using GpSafetyHub.Alerts;
using GpSafetyHub.Coverage;
using GpSafetyHub.Grains.Reminders;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Jobs;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Reminders;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Bench;

/// <summary>
/// The reminder scan at national scale and mail throughput: for L localisations (four programmes
/// a practice, dates spread over a year) and A alerts, how long deciding what is due takes, how
/// long recording the digests in table storage takes (first run) and how long the next run's check
/// against them takes; then how many digests a second MailKit sends to MailDev over one connection.
/// </summary>
internal static class ReminderThroughput
{
    private const int ProgrammesPerPractice = 4;

    public static async Task<int> RunAsync(int localisations, int alerts, int mails)
    {
        var now = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var random = new Random(42);
        var sources = Sources(localisations, alerts, today, random);
        var settings = ReminderSettings.Default;

        var scan = DueReminders.Find(sources, settings, today, new Jobs.ReminderWording());
        var find = Timing.Measure(5, () => DueReminders.Find(sources, settings, today, new Jobs.ReminderWording()));
        var digests = ReminderDigest.Plan(scan.Items, now);

        await using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        var tables = new HubTables(Options.Create(new HubStorageOptions { ConnectionString = azurite.ConnectionString }));
        await tables.CreateIfMissingAsync(CancellationToken.None);
        var store = new ReminderStore(tables);
        var record = Stopwatch.StartNew();
        await store.AddAllAsync(digests, CancellationToken.None);
        record.Stop();
        var check = Stopwatch.StartNew();
        var keys = 0;
        await foreach (var digest in store.DecidedAsync(today.AddDays(-settings.LookbackDays), today, CancellationToken.None)) keys += digest.Items.Count;
        check.Stop();

        await using var mailDev = new MailDevServer();
        await mailDev.StartAsync();
        var mailer = new DigestMailer(Options.Create(new MailOptions { Port = mailDev.SmtpPort }));
        var toSend = digests.Take(mails).ToArray();
        var oneConnection = await SendAsync(mailer, toSend, connections: 1);
        var fourConnections = await SendAsync(mailer, toSend, connections: 4);
        var received = (await mailDev.InboxAsync()).Count;

        var practices = sources.Practices.Count;
        Console.WriteLine($"| Reminder scan: {localisations:N0} localisations ({practices:N0} practices), {alerts} alerts, {scan.Items.Count:N0} reminders due in {digests.Count:N0} digests | time |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| decide what is due (pure, median of 5) | {find.Median:F0} ms |");
        Console.WriteLine($"| record the {digests.Count:N0} digests in table storage (first run) | {record.Elapsed.TotalMilliseconds:F0} ms ({digests.Count / record.Elapsed.TotalSeconds:F0} digests/s) |");
        Console.WriteLine($"| read back the {keys:N0} keys decided in the look-back (every later run) | {check.Elapsed.TotalMilliseconds:F0} ms |");
        Console.WriteLine($"| send {toSend.Length} digests to MailDev over one connection | {oneConnection.TotalMilliseconds:F0} ms ({toSend.Length / oneConnection.TotalSeconds:F0} mails/s) |");
        Console.WriteLine($"| send them again over four connections at once | {fourConnections.TotalMilliseconds:F0} ms ({toSend.Length / fourConnections.TotalSeconds:F0} mails/s) |");
        Console.WriteLine($"MailDev received {received} of {2 * toSend.Length}.");
        return received == 2 * toSend.Length ? 0 : 1;
    }

    /// <summary>A bare MailKit loop: the digests shared over <paramref name="connections"/> SMTP connections, nothing recorded.</summary>
    internal static async Task<TimeSpan> SendAsync(DigestMailer mailer, IReadOnlyList<ReminderDigest> digests, int connections)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            using var client = await mailer.ConnectAsync(CancellationToken.None);
            for (var i = c; i < digests.Count; i += connections)
                await DigestMailer.SendAsync(client, DigestMessage.Compose(digests[i], mailer.Options), CancellationToken.None);
            await client.DisconnectAsync(true);
        }));
        return clock.Elapsed;
    }

    private static ReminderSources Sources(int localisations, int alertCount, DateOnly today, Random random)
    {
        var programmeIds = Enumerable.Range(1, 10).Select(p => $"programme-{p:D2}").ToArray();
        var programmes = programmeIds.Select(id => new ProgrammeDates(
            id, $"Programme {id}", $"cso.{id}@nhs.net", today.AddDays(random.Next(-30, 365)),
            Enumerable.Range(1, 60).Select(h => new HazardDate($"H-{h:D3}", $"Hazard {h}", today.AddDays(random.Next(-30, 365)))).ToArray())).ToArray();
        var practices = Enumerable.Range(0, localisations / ProgrammesPerPractice).Select(i =>
        {
            var ods = $"P{i:D5}";
            var contacts = i % 10 == 0
                ? new PracticeContacts("Lead", $"lead.{ods}@nhs.net", null, null, null)
                : new PracticeContacts("Lead", $"lead.{ods}@nhs.net", $"cas.{ods}@nhs.net", null, $"manager.{ods}@nhs.net");
            var view = new PracticeView(ods, new PracticeDetails($"Practice {ods}", $"Q{i % 42:D2}", null, contacts), DateTimeOffset.UnixEpoch, 1);
            var joined = programmeIds.OrderBy(_ => random.Next()).Take(ProgrammesPerPractice).Select(p => new LocalisationSummary(
                p, ods, 10, today.AddDays(random.Next(1, 730)), null, true, today.AddDays(random.Next(-20, 365)), 1, 1, false, true, 20, 0, 2)
            {
                SopRecorded = true,
                LocalisationReviewDate = today.AddDays(random.Next(-20, 365)),
            }).ToArray();
            return PracticeCoverage.Of(view, joined);
        }).ToArray();
        var actor = new History.Actor("bench", "Bench", null, null);
        var alerts = Enumerable.Range(0, alertCount).Select(a =>
        {
            var issued = today.AddDays(-random.Next(0, 60));
            var details = new CasAlertDetails(CasAlertType.NationalPatientSafetyAlert, "MHRA", issued, $"Alert {a}", "Summary.", "Act.",
                issued.AddDays(2), issued.AddDays(28), [programmeIds[a % programmeIds.Length]], [], "cso@nhs.net");
            var view = new CasAlertView($"NATPSA/2026/{a:D3}", details, new DateTimeOffset(issued.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), actor, null, 1);
            var records = practices.Where(_ => random.Next(100) < 95).ToDictionary(
                p => p.OdsCode,
                p => CasPracticeResponse.None(p.OdsCode).Acknowledge(view.RecordedAt, actor)!.Respond(CasResponseOutcome.ActionComplete, "Done.", view.RecordedAt, actor));
            return new AlertStanding(view, records);
        }).ToArray();
        return new ReminderSources(programmes, practices, alerts);
    }
}
