namespace GpSafetyHub.Jobs;

/// <summary>Where people reach the hub (configuration section <c>Hub</c>), for the links in e-mails.</summary>
public sealed class HubAddressOptions
{
    public const string SectionName = "Hub";

    /// <summary>The hub's public address, e.g. https://safety-hub.example.nhs.uk/. Without it, e-mails say what to do but carry no link.</summary>
    public Uri? PublicUrl { get; set; }
}
