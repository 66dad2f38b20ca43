namespace GpSafetyHub.Silo;

/// <summary>
/// How this silo joins its cluster. Development and tests run one silo with localhost clustering
/// on these ports; several silos need a shared clustering provider.
/// </summary>
public sealed class HubClusterOptions
{
    public const string SectionName = "Cluster";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}
