using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>One Azurite and one running hub shared by the end-to-end tests of a class.</summary>
public sealed class HubFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; } = new();

    public HubApp App { get; private set; } = null!;

    public GraphQLClient Client(string? actor = "Dr Ada Lovelace") => new(App.CreateClient(), actor);

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
