using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// The real hub host (Orleans silo + GraphQL + health + jobs) in-process, on its own free cluster
/// ports, storing to the given Azurite and, when given, sending mail to an SMTP port and reading
/// time from <paramref name="clock"/>; <paramref name="settings"/> override configuration. The reminder crons are set to a year that never comes, so
/// tests run the jobs' work themselves.
/// </summary>
public sealed class HubApp(
    string storageConnectionString, int? smtpPort = null, TimeProvider? clock = null,
    string environment = "Development", IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public const string NeverCron = "0 0 7 1 1 ? 2099";

    /// <summary>Mints tokens this host accepts (in Development; a Production host trusts only its authority).</summary>
    public TestTokens Tokens { get; } = new();

    /// <summary>A client acting as the default test caller (see <see cref="TestTokens.Default"/>), or anonymous when <paramref name="token"/> is "".</summary>
    public GraphQLClient Client(string? token = null) => new(CreateClient(), token == "" ? null : token ?? Tokens.Default(), Tokens);

    /// <summary>Serves on a real loopback port (Kestrel) instead of in memory: for a browser, or for what only a real server sends.</summary>
    public Uri ServeOnLoopback()
    {
        var port = FreePort.Next();
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Storage:ConnectionString", storageConnectionString);
        builder.UseSetting("Cluster:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("GraphiQL:NodeModulesPath", RepositoryPaths.NodeModules);
        builder.UseSetting("Web:NodeModulesPath", RepositoryPaths.NodeModules);
        builder.UseSetting("Auth:DevTokens:Enabled", "true");
        builder.UseSetting("Auth:DevTokens:KeyFile", Tokens.KeyFile);
        if (environment != "Development") builder.UseSetting("Auth:Authority", "https://login.example.nhs.uk/");
        builder.UseSetting("Reminders:ScanCron", NeverCron);
        builder.UseSetting("Reminders:DispatchCron", NeverCron);
        builder.UseSetting("Reminders:AlertIssuedCron", NeverCron);
        // Nothing listens on port 9 (discard): without a mail server the hub's sends fail, never hang.
        builder.UseSetting("Mail:Port", (smtpPort ?? 9).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Timeout", "00:00:10");
        // Tests send hundreds of requests a minute as one caller; the limit itself is tested with a low one.
        builder.UseSetting("GraphQL:RequestsPerMinute", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (clock is not null) builder.ConfigureTestServices(s => s.AddKeyedSingleton(HubClock.Key, clock));
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
