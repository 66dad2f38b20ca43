using Xunit;

namespace GpSafetyHub.Tests.Support;

/// <summary>One in-memory Azurite shared by the tests of an assembly (each test uses its own ids).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; } = new();

    public Task InitializeAsync() => Azurite.StartAsync();

    public Task DisposeAsync() => Azurite.StopAsync();
}
