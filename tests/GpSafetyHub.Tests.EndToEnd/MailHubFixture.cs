using GpSafetyHub.Jobs;
using GpSafetyHub.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// A running hub with its own Azurite and MailDev, and a clock the tests move: reminder tests run
/// the scheduled jobs' work on demand and read the mail back from MailDev.
/// </summary>
public sealed class MailHubFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; } = new();

    public MailDevServer MailDev { get; } = new();

    /// <summary>Starts at the real time, so dates relative to today in test data stay valid.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public HubApp App { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>A client acting as the default test caller, or with <paramref name="token"/> ("" for anonymous).</summary>
    public GraphQLClient Client(string? token = null) => App.Client(token);

    public TestTokens Tokens => App.Tokens;

    /// <summary>What the scheduled scan job does: decide what is due, then send.</summary>
    public Task<(ReminderRunReport Decided, DispatchReport Dispatched)> RunScanAsync() =>
        App.Services.GetRequiredService<ReminderRunner>().ScanAsync(CancellationToken.None);

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Azurite.StartAsync(), MailDev.StartAsync());
        App = new HubApp(Azurite.ConnectionString, MailDev.SmtpPort, Clock);
        App.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Task.WhenAll(MailDev.StopAsync(), Azurite.StopAsync());
    }
}
