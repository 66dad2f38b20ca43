namespace GpSafetyHub.Tests.EndToEnd.Cluster;

/// <summary>The services a cluster of silo processes shares: one Azurite and one MailDev, started once for the cluster tests.</summary>
public sealed class ClusterServicesFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; } = new();

    public MailDevServer MailDev { get; } = new();

    public TestTokens Tokens { get; } = new();

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Azurite.StartAsync(), MailDev.StartAsync());
        // The silos read the signing key the tokens are minted with; minting once creates it.
        Tokens.Default();
    }

    public async Task DisposeAsync()
    {
        await MailDev.StopAsync();
        await Azurite.StopAsync();
    }
}
