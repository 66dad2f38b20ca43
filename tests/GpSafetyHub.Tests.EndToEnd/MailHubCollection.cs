namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// The tests that move the hub's clock or stop its mail server share one hub and run one at a
/// time, since both are global to it. Each test uses its own practices and addresses.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MailHubCollection : ICollectionFixture<MailHubFixture>
{
    public const string Name = "hub with mail";
}
