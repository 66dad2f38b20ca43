using Xunit;

namespace GpSafetyHub.Tests.Support;

/// <summary>
/// One Azurite shared by the tests of a class (each test uses its own ids), in memory by default.
/// </summary>
public class AzuriteFixture : IAsyncLifetime
{
    public AzuriteFixture()
        : this(persistent: false)
    {
    }

    protected AzuriteFixture(bool persistent) => Azurite = new AzuriteServer(persistent);

    public AzuriteServer Azurite { get; }

    public Task InitializeAsync() => Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        await Azurite.StopAsync();
        if (Azurite.DataDirectory is { } data) Directory.Delete(data, recursive: true);
    }
}

/// <summary>Azurite keeping its data on disk, for tests that stop and start it as a real run would.</summary>
public sealed class PersistentAzuriteFixture() : AzuriteFixture(persistent: true);
