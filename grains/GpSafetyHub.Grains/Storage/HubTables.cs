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
        var client = ClientOptions();
        _service = o switch
        {
            { ConnectionString: { Length: > 0 } connection } => new TableServiceClient(connection, client),
            { ServiceUri: { } uri, AccountName: { Length: > 0 } name, AccountKey: { Length: > 0 } key } =>
                new TableServiceClient(uri, new TableSharedKeyCredential(name, key), client),
            { ServiceUri: { } uri } => new TableServiceClient(uri, new DefaultAzureCredential(), client),
            _ => throw new InvalidOperationException(string.Join("; ", o.Problems())),
        };
        Journals = _service.GetTableClient(_prefix + "Journals");
        ReadModels = _service.GetTableClient(_prefix + "ReadModels");
        CasResponses = _service.GetTableClient(_prefix + "CasResponses");
        Reminders = _service.GetTableClient(_prefix + "Reminders");
        DataProtectionKeys = _service.GetTableClient(_prefix + "DataProtectionKeys");
    }

    /// <summary>The account, for Orleans' own table grain storage (which creates and keeps <see cref="GrainStateTableName"/>).</summary>
    public TableServiceClient Service => _service;

    /// <summary>The table Orleans' grain storage keeps grains' state in.</summary>
    public string GrainStateTableName => _prefix + "OrleansGrainState";

    /// <summary>The table Orleans' Azure Table membership keeps the cluster's silos in, when several silos share the account.</summary>
    public string MembershipTableName => _prefix + "OrleansSiloInstances";

    /// <summary>Event-sourced grains: per grain, one partition of changes, a snapshot and immutable documents.</summary>
    public TableClient Journals { get; }

    /// <summary>Read models too large for one entity: one partition per model, one row per entry.</summary>
    public TableClient ReadModels { get; }

    /// <summary>Practices' records against CAS alerts: one partition per alert, one row per practice.</summary>
    public TableClient CasResponses { get; }

    /// <summary>Reminder digests, partitioned by the day they were decided, and the index of those not yet sent.</summary>
    public TableClient Reminders { get; }

    /// <summary>The key ring that protects sign-in cookies and form tokens, shared by every silo so any of them reads what another wrote.</summary>
    public TableClient DataProtectionKeys { get; }

    // A caller waits on every storage call (a GraphQL request, a health probe), so failures
    // surface in seconds rather than after the SDK's default 100 s timeout and long back-off, and
    // well inside Orleans' 30 s grain-call timeout: a write never lands after its caller gave up.
    private static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(8);
        return options;
    }

    public async Task CreateIfMissingAsync(CancellationToken cancellationToken)
    {
        await RefuseEarlierFormatAsync(cancellationToken);
        await Journals.CreateIfNotExistsAsync(cancellationToken);
        await ReadModels.CreateIfNotExistsAsync(cancellationToken);
        await CasResponses.CreateIfNotExistsAsync(cancellationToken);
        await Reminders.CreateIfNotExistsAsync(cancellationToken);
        await DataProtectionKeys.CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>
    /// Versions before Orleans' own grain storage kept grain state in <c>{prefix}GrainState</c>, in
    /// a layout this version does not read. Starting over it would pair the old journals with empty
    /// directories, so the silo refuses to start and says what to do instead (there is no
    /// production data yet: this version starts from empty storage).
    /// </summary>
    private async Task RefuseEarlierFormatAsync(CancellationToken cancellationToken)
    {
        var earlier = _prefix + "GrainState";
        await foreach (var _ in _service.QueryAsync(t => t.Name == earlier, maxPerPage: 1, cancellationToken))
            throw new InvalidOperationException(
                $"The storage account holds the table {earlier}, written by an earlier version of the hub in a format this version does not read. " +
                "This version starts from empty storage: delete the local data (.data/ for run-hub.sh), or set Storage:TablePrefix to a new prefix.");
    }

    /// <summary>Whether the account answers: a cheap read of one table's metadata.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _service.QueryAsync(t => t.Name == Journals.Name, maxPerPage: 1, cancellationToken)) break;
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever the cause (refused connection, bad credentials, throttling), storage did not
            // answer; the reason stays out of the health response.
            return false;
        }
    }
}
