using System.Net;
using System.Text.RegularExpressions;

namespace GpSafetyHub.Silo;

/// <summary>
/// How this silo joins its cluster (the <c>Cluster</c> section). Every silo of one deployment has the
/// same <see cref="ClusterId"/> and <see cref="ServiceId"/>; each has its own ports and the address
/// the others reach it on. Checked as the host starts, so a silo with settings that cannot work
/// refuses to start and says which setting is wrong.
/// </summary>
public sealed partial class HubClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>
    /// How silos find each other: <see cref="Localhost"/>, one silo on this machine with nothing shared
    /// (development, tests, a single instance); or <see cref="AzureTable"/>, silos registering in a
    /// membership table in the hub's storage account, so any number can join.
    /// </summary>
    public string Membership { get; set; } = Localhost;

    public const string Localhost = "Localhost";

    public const string AzureTable = "AzureTable";

    public bool UsesAzureTable => string.Equals(Membership, AzureTable, StringComparison.OrdinalIgnoreCase);

    /// <summary>The silos that form one cluster; a silo (or client) with another id never talks to them.</summary>
    public string ClusterId { get; set; } = "default";

    /// <summary>
    /// The service the cluster runs. Orleans keys grain state by it, so it is chosen once and never
    /// changed: a new id would start from empty state. "default" is what the hub has always run
    /// with (Orleans' own default, which its localhost clustering kept), one silo or several.
    /// </summary>
    public string ServiceId { get; set; } = "default";

    /// <summary>Where other silos reach this one.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Where clients (the scheduled jobs' tools, the demo loader) reach this silo.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The IP address other silos reach this one on; with AzureTable membership it is required (a machine may have several).</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>The problems with these options, empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (!UsesAzureTable && !string.Equals(Membership, Localhost, StringComparison.OrdinalIgnoreCase))
            yield return $"{SectionName}:Membership must be {Localhost} or {AzureTable} (it is \"{Membership}\")";
        foreach (var (name, value) in new[] { (nameof(ClusterId), ClusterId), (nameof(ServiceId), ServiceId) })
            if (!Identifier().IsMatch(value ?? ""))
                yield return $"{SectionName}:{name} must be 1 to 60 letters, digits or hyphens, starting with a letter (it is written into table keys)";
        foreach (var (name, port) in new[] { (nameof(SiloPort), SiloPort), (nameof(GatewayPort), GatewayPort) })
            if (port is < 1 or > 65535)
                yield return $"{SectionName}:{name} must be a TCP port, 1 to 65535 (it is {port})";
        if (SiloPort == GatewayPort)
            yield return $"{SectionName}:SiloPort and {SectionName}:GatewayPort must differ (both are {SiloPort})";
        if (AdvertisedAddress is not null && !IPAddress.TryParse(AdvertisedAddress, out _))
            yield return $"{SectionName}:AdvertisedAddress must be an IP address, such as 10.0.0.4 (it is \"{AdvertisedAddress}\")";
        if (UsesAzureTable && string.IsNullOrWhiteSpace(AdvertisedAddress))
            yield return $"{SectionName}:AdvertisedAddress is required with {SectionName}:Membership AzureTable: the address the other silos reach this one on";
    }

    public IPAddress Address => AdvertisedAddress is null ? IPAddress.Loopback : IPAddress.Parse(AdvertisedAddress);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,59}$")]
    private static partial Regex Identifier();
}
