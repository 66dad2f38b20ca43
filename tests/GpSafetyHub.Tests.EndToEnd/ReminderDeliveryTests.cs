using GpSafetyHub.Jobs;
using GpSafetyHub.Reminders;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Delivery guarantees: nothing lost while the mail server is down, nothing sent twice, the schedule from configuration.</summary>
[Collection(MailHubCollection.Name)]
public sealed class ReminderDeliveryTests(MailHubFixture hub)
{
    private readonly GraphQLClient _client = hub.Client();

    [Fact]
    public async Task A_digest_decided_while_the_mail_server_is_down_arrives_exactly_once_when_it_is_back()
    {
        var programme = UniqueIds.Programme("outage");
        await _client.CreateProgrammeAsync(programme, "cso.outage@nel.nhs.net", hub.Today.AddYears(1));
        await _client.RegisterPracticeAsync("D20001", "QRV", "lead.d20001@nhs.net", "cas.d20001@nhs.net");
        await _client.JoinAsync(programme, "D20001");
        await _client.RecordSopDueAsync(programme, "D20001", hub.Today.AddDays(3));
        await _client.UntilCoverageShowsAsync("QRV", "D20001", programme, "APPROVED");

        await hub.MailDev.StopAsync();
        try
        {
            var down = await hub.RunScanAsync();
            Assert.True(down.Decided.Decided >= 1);
            Assert.Equal(0, down.Dispatched.Sent);
            Assert.True(down.Dispatched.Failed >= 1);

            var waiting = await LogAsync("lead.d20001@nhs.net");
            var entry = Assert.Single(waiting);
            Assert.Null((string?)entry!["sentAt"]);
            Assert.Equal(1, (int)entry["attempts"]!);
            Assert.False(string.IsNullOrEmpty((string?)entry["lastError"]));
        }
        finally
        {
            await hub.MailDev.StartAsync();
        }

        // Before its back-off has passed the digest waits; after it, the next run sends it.
        var early = await hub.RunScanAsync();
        Assert.Empty(await hub.MailDev.InboxOfAsync("lead.d20001@nhs.net"));
        Assert.Equal(0, early.Decided.Decided);
        hub.Clock.Advance(TimeSpan.FromHours(1));
        await hub.RunScanAsync();
        await hub.RunScanAsync();

        var mail = Assert.Single(await hub.MailDev.InboxOfAsync("lead.d20001@nhs.net"));
        Assert.Contains("SOP review", mail.Text, StringComparison.Ordinal);
        var sent = Assert.Single(await LogAsync("lead.d20001@nhs.net"));
        Assert.NotNull((string?)sent!["sentAt"]);
        Assert.Equal(2, (int)sent["attempts"]!);
    }

    [Fact]
    public async Task Runs_started_together_by_two_schedulers_decide_and_send_each_digest_once()
    {
        var programme = UniqueIds.Programme("together");
        await _client.CreateProgrammeAsync(programme, "cso.together@nel.nhs.net", hub.Today.AddYears(1));
        foreach (var ods in new[] { "D30001", "D30002", "D30003" })
        {
            await _client.RegisterPracticeAsync(ods, "QKK", $"lead.{ods.ToLowerInvariant()}@nhs.net", $"cas.{ods.ToLowerInvariant()}@nhs.net");
            await _client.JoinAsync(programme, ods);
            await _client.RecordSopDueAsync(programme, ods, hub.Today.AddDays(2));
            await _client.UntilCoverageShowsAsync("QKK", ods, programme, "APPROVED");
        }

        // Two runners stand for the schedulers of two silos firing at the same moment.
        var runners = new[] { hub.App.Services.GetRequiredService<ReminderRunner>(), ActivatorUtilities.CreateInstance<ReminderRunner>(hub.App.Services) };
        await Task.WhenAll(runners.Select(r => r.ScanAsync(CancellationToken.None)));

        foreach (var ods in new[] { "D30001", "D30002", "D30003" })
            Assert.Single(await hub.MailDev.InboxOfAsync($"lead.{ods.ToLowerInvariant()}@nhs.net"));
    }

    [Fact]
    public async Task A_digest_held_by_a_sender_that_died_before_marking_it_is_sent_once_its_claim_lapses()
    {
        var ledger = await PracticeWithSopDueAsync("lapse", "D40001");

        // A sender decides and claims the digests, then dies without sending or marking them.
        await ledger.Decide(hub.Clock.GetUtcNow(), ReminderSettings.Default);
        var held = await ledger.Claim(hub.Clock.GetUtcNow(), TimeSpan.FromMinutes(10), 500);
        Assert.Contains(held, d => d.Recipient == "lead.d40001@nhs.net");

        var runner = hub.App.Services.GetRequiredService<ReminderRunner>();
        await runner.DispatchAsync(CancellationToken.None);
        Assert.Empty(await hub.MailDev.InboxOfAsync("lead.d40001@nhs.net"));

        hub.Clock.Advance(TimeSpan.FromMinutes(11));
        await runner.DispatchAsync(CancellationToken.None);
        await runner.DispatchAsync(CancellationToken.None);
        Assert.Single(await hub.MailDev.InboxOfAsync("lead.d40001@nhs.net"));
    }

    [Fact]
    public async Task A_digest_marked_sent_just_before_the_ledger_moved_is_never_handed_out_again()
    {
        var ledger = await PracticeWithSopDueAsync("moved", "D40002");
        await ledger.Decide(hub.Clock.GetUtcNow(), ReminderSettings.Default);
        var digest = Assert.Single(await ledger.Claim(hub.Clock.GetUtcNow(), TimeSpan.FromMinutes(10), 500), d => d.Recipient == "lead.d40002@nhs.net");
        await ledger.MarkSent(digest.Id, hub.Clock.GetUtcNow());
        Assert.Contains(digest.Id, await PendingIndexAsync());

        // The ledger's activation goes (its silo stopped, say) before it tidied the sent digest out of the pending index.
        await hub.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        hub.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.DoesNotContain(await ledger.Claim(hub.Clock.GetUtcNow(), TimeSpan.FromMinutes(10), 500), d => d.Id == digest.Id);
        Assert.DoesNotContain(digest.Id, await PendingIndexAsync());
        var logged = Assert.Single(await ledger.Log(new ReminderLogFilter(hub.Today, hub.Today, Recipient: "lead.d40002@nhs.net")));
        Assert.Equal(digest.Id, logged.Id);
        Assert.NotNull(logged.SentAt);
        Assert.Equal(1, logged.Attempts);
    }

    [Fact]
    public async Task The_jobs_are_scheduled_with_the_configured_crons()
    {
        var scheduler = await hub.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        foreach (var job in new[] { ReminderScanJob.Key, ReminderDispatchJob.Key })
        {
            var trigger = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(job)));
            Assert.Equal(HubApp.NeverCron, trigger.CronExpressionString);
        }
    }

    private async Task<System.Text.Json.Nodes.JsonArray> LogAsync(string recipient) =>
        (await _client.Data("""
            query($from: DateOnly!, $to: DateOnly!, $r: String!) { reminderLog(from: $from, to: $to, recipient: $r) { sentAt attempts lastError kind } }
            """, new { from = Iso(hub.Today.AddDays(-5)), to = Iso(hub.Today), r = recipient }))["reminderLog"]!.AsArray();

    /// <summary>Every digest id in the index of unsent digests, whenever it may next be claimed.</summary>
    private async Task<List<string>> PendingIndexAsync()
    {
        var ids = new List<string>();
        await foreach (var id in hub.App.Services.GetRequiredService<GpSafetyHub.Grains.Reminders.ReminderStore>().ClaimableIdsAsync(DateTimeOffset.MaxValue, CancellationToken.None)) ids.Add(id);
        return ids;
    }

    /// <summary>A practice of ICB QRV whose SOP is due for review in four days, once the ICB's coverage shows it; returns the reminder ledger.</summary>
    private async Task<IReminderLedgerGrain> PracticeWithSopDueAsync(string name, string ods)
    {
        var programme = UniqueIds.Programme(name);
        var lead = $"lead.{ods.ToLowerInvariant()}@nhs.net";
        await _client.CreateProgrammeAsync(programme, $"cso.{name}@nel.nhs.net", hub.Today.AddYears(1));
        await _client.RegisterPracticeAsync(ods, "QRV", lead, $"cas.{ods.ToLowerInvariant()}@nhs.net");
        await _client.JoinAsync(programme, ods);
        await _client.RecordSopDueAsync(programme, ods, hub.Today.AddDays(4));
        await _client.UntilCoverageShowsAsync("QRV", ods, programme, "APPROVED");
        return hub.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderLedgerGrain>(IReminderLedgerGrain.Key);
    }
}
