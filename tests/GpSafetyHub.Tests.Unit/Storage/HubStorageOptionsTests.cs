using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Tests.Unit.Storage;

public sealed class HubStorageOptionsTests
{
    [Fact]
    public void A_connection_string_alone_is_enough() =>
        Assert.Empty(new HubStorageOptions { ConnectionString = "UseDevelopmentStorage=true" }.Problems());

    [Fact]
    public void An_account_uri_alone_or_with_a_name_and_key_is_enough()
    {
        Assert.Empty(new HubStorageOptions { ServiceUri = new Uri("https://acct.table.core.windows.net") }.Problems());
        Assert.Empty(new HubStorageOptions { ServiceUri = new Uri("https://acct.table.core.windows.net"), AccountName = "acct", AccountKey = "a2V5" }.Problems());
    }

    [Theory]
    [InlineData(null, null, null, null, "hub", "ConnectionString or Storage:ServiceUri is required")]
    [InlineData("UseDevelopmentStorage=true", "https://acct.table.core.windows.net", null, null, "hub", "not both")]
    [InlineData(null, "https://acct.table.core.windows.net", "acct", null, "hub", "go together")]
    [InlineData("UseDevelopmentStorage=true", null, null, null, "1hub", "TablePrefix must be a letter")]
    [InlineData("UseDevelopmentStorage=true", null, null, null, "hub-tables", "TablePrefix must be a letter")]
    public void Unusable_settings_are_named(string? connection, string? uri, string? name, string? key, string prefix, string problem)
    {
        var options = new HubStorageOptions
        {
            ConnectionString = connection, ServiceUri = uri is null ? null : new Uri(uri), AccountName = name, AccountKey = key, TablePrefix = prefix,
        };
        Assert.Contains(options.Problems(), p => p.Contains(problem, StringComparison.Ordinal));
    }
}
