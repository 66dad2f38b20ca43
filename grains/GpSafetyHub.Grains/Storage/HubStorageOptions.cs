namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Where the hub keeps its state: an Azure Table Storage account (or Azurite). Give either a
/// connection string, or the account's table endpoint with an account key or, in Azure, a managed
/// identity.
/// </summary>
public sealed class HubStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>A storage connection string, e.g. Azurite's or an account's from the portal.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint, e.g. <c>https://account.table.core.windows.net</c>; used when there is no connection string.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>With <see cref="ServiceUri"/>: the account name and key. Without them the managed identity is used.</summary>
    public string? AccountName { get; set; }

    public string? AccountKey { get; set; }

    /// <summary>Prefix of every table name, so several deployments can share one account.</summary>
    public string TablePrefix { get; set; } = "hub";

    /// <summary>The problems with these options, empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && ServiceUri is null)
            yield return $"{SectionName}:ConnectionString or {SectionName}:ServiceUri is required";
        if (!string.IsNullOrWhiteSpace(ConnectionString) && ServiceUri is not null)
            yield return $"give {SectionName}:ConnectionString or {SectionName}:ServiceUri, not both";
        if (string.IsNullOrEmpty(AccountName) != string.IsNullOrEmpty(AccountKey))
            yield return $"{SectionName}:AccountName and {SectionName}:AccountKey go together";
        if (!System.Text.RegularExpressions.Regex.IsMatch(TablePrefix ?? "", "^[A-Za-z][A-Za-z0-9]{0,29}$"))
            yield return $"{SectionName}:TablePrefix must be a letter then up to 29 letters or digits";
    }
}
