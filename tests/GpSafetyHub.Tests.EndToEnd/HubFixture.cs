
namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>One Azurite and one running hub shared by the end-to-end tests of a class.</summary>
public sealed class HubFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; } = new();

    public HubApp App { get; private set; } = null!;

    /// <summary>A client acting as the default test caller, or with <paramref name="token"/> ("" for anonymous).</summary>
    public GraphQLClient Client(string? token = null) => App.Client(token);

    public TestTokens Tokens => App.Tokens;

    public async Task InitializeAsync()
    {
        await Azurite.StartAsync();
        App = new HubApp(Azurite.ConnectionString);
        App.CreateClient().Dispose(); // starts the host now, not inside the first test
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Azurite.StopAsync();
    }
}
