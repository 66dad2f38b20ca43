using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Grains.Storage;

/// <summary>The hub's tables in one storage account, created once when the silo starts.</summary>
public sealed class HubTables
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;

    public HubTables(IOptions<HubStorageOptions> options)
    {
        var o = options.Value;
        _prefix = o.TablePrefix;
        _service = o switch
        {
            { ConnectionString: { Length: > 0 } connection } => new TableServiceClient(connection),
            { ServiceUri: { } uri, AccountName: { Length: > 0 } name, AccountKey: { Length: > 0 } key } =>
                new TableServiceClient(uri, new TableSharedKeyCredential(name, key)),
            { ServiceUri: { } uri } => new TableServiceClient(uri, new DefaultAzureCredential()),
            _ => throw new InvalidOperationException(string.Join("; ", o.Problems())),
        };
        GrainState = _service.GetTableClient(_prefix + "GrainState");
        Journals = _service.GetTableClient(_prefix + "Journals");
    }

    /// <summary>State of grains kept through the Orleans grain-storage provider.</summary>
    public TableClient GrainState { get; }

    /// <summary>Event-sourced grains: per grain, one partition of changes, a snapshot and immutable documents.</summary>
    public TableClient Journals { get; }

    public async Task CreateIfMissingAsync(CancellationToken cancellationToken)
    {
        await GrainState.CreateIfNotExistsAsync(cancellationToken);
        await Journals.CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>Whether the account answers: a cheap read of one table's metadata.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _service.QueryAsync(t => t.Name == Journals.Name, maxPerPage: 1, cancellationToken)) break;
            return true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            return false;
        }
    }
}
