using System.Diagnostics;
using GpSafetyHub.Grains.Reminders;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Jobs;
using GpSafetyHub.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Bench.England;

/// <summary>
/// The reminder scan of a loaded hub, and its sending against a bare MailKit loop. The benchmark
/// joins the hub's cluster as an Orleans client and runs the scheduled job's own code
/// (<see cref="ReminderRunner"/>): the ledger grain decides in the silo and records the digests;
/// dispatching claims, sends and marks each one. The bare loop sends the same digests over the
/// same number of connections and records nothing; it runs before and after the hub's dispatch.
/// </summary>
internal static class ReminderDelivery
{
    public static async Task<IReadOnlyList<string>> RunAsync(int gatewayPort, string storageConnectionString, MailDevServer mailDev)
    {
        using var host = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort)
                .Configure<Orleans.Configuration.ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(5)))
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .ConfigureServices(services => services.AddMetrics().AddSingleton<ReminderMetrics>())
            .Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var options = new ReminderOptions();
        var mailer = new DigestMailer(Options.Create(new MailOptions { Port = mailDev.SmtpPort }));
        var runner = new ReminderRunner(grains, mailer, Options.Create(options), Options.Create(new HubAddressOptions()), TimeProvider.System, host.Services.GetRequiredService<ReminderMetrics>(), NullLogger<ReminderRunner>.Instance);
        var ledger = grains.GetGrain<IReminderLedgerGrain>(IReminderLedgerGrain.Key);

        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var decided = await ledger.Decide(now, options.ToSettings());
        var decideTook = clock.Elapsed;
        clock.Restart();
        var again = await ledger.Decide(now.AddMinutes(1), options.ToSettings());
        var againTook = clock.Elapsed;

        var tables = new HubTables(Options.Create(new HubStorageOptions { ConnectionString = storageConnectionString }));
        var digests = new List<ReminderDigest>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await foreach (var digest in new ReminderStore(tables).DecidedAsync(today, today, CancellationToken.None)) digests.Add(digest);

        var connections = mailer.Options.Connections;
        var bareBefore = await ReminderThroughput.SendAsync(mailer, digests, connections);
        clock.Restart();
        var dispatched = await runner.DispatchAsync(CancellationToken.None);
        var hubTook = clock.Elapsed;
        var bareAfter = await ReminderThroughput.SendAsync(mailer, digests, connections);
        var received = await mailDev.CountAsync();
        await host.StopAsync();

        if (dispatched.Sent != digests.Count || received != 3 * digests.Count)
            throw new InvalidOperationException($"The hub sent {dispatched.Sent} of {digests.Count} digests ({dispatched.Failed} failed); MailDev received {received} of {3 * digests.Count}.");
        var bare = (digests.Count / bareBefore.TotalSeconds + digests.Count / bareAfter.TotalSeconds) / 2;
        var hub = digests.Count / hubTook.TotalSeconds;
        return
        [
            FormattableString.Invariant($"reminder scan: {decided.Due:N0} reminders due, {decided.Decided:N0} decided in {decided.Digests:N0} digests and recorded, {decided.Unreachable.Count:N0} with nobody to send to, in {decideTook.TotalSeconds:F1} s"),
            FormattableString.Invariant($"the next scan (everything already decided: {again.AlreadyDecided:N0} found recorded, {again.Decided} new) in {againTook.TotalSeconds:F1} s"),
            FormattableString.Invariant($"sending {digests.Count:N0} digests over {connections} connections: bare MailKit loop {digests.Count / bareBefore.TotalSeconds:F0} then {digests.Count / bareAfter.TotalSeconds:F0} mails/s; the hub's dispatch (claim, send, mark sent) {hub:F0} mails/s = {hub / bare:P0} of the bare loop's mean"),
        ];
    }
}
