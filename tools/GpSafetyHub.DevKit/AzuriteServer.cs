namespace GpSafetyHub.DevKit;

/// <summary>
/// Azurite's Table service on a free loopback port: in memory, or on disk under
/// <see cref="DataDirectory"/> when the test needs data to survive a stop and start.
/// </summary>
public sealed class AzuriteServer : NodeServer
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azure's documented development-storage key: public, and only ever valid against Azurite.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public AzuriteServer(bool persistent = false)
    {
        DataDirectory = persistent ? Directory.CreateTempSubdirectory("azurite-").FullName : null;
    }

    public int Port { get; } = FreePort.Next();

    public string? DataDirectory { get; }

    public Uri TableEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    protected override string Name => $"Azurite (tables on port {Port})";

    protected override int ReadyPort => Port;

    protected override IEnumerable<string> Arguments()
    {
        yield return RepositoryPaths.NodeModule("azurite/dist/src/table/main.js");
        yield return "--tableHost";
        yield return "127.0.0.1";
        yield return "--tablePort";
        yield return Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--disableTelemetry";
        yield return "--silent";
        if (DataDirectory is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            yield return "--location";
            yield return DataDirectory;
        }
    }
}
