using Azure;
using GpSafetyHub.Alerts;
using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Grains.Alerts;

/// <summary>
/// Practices' records against one alert: a partition per alert, a row per practice, written with
/// ETags so that two writers (an alert grain activated twice during a failover) cannot overwrite
/// each other: the later one is told to re-read.
/// </summary>
public sealed class CasResponseStore(HubTables tables)
{
    private readonly RowStore<CasPracticeResponse> _rows = new(tables.CasResponses, (alert, ods) => $"The record of {ods} against alert {alert}");

    public Task<Dictionary<string, (CasPracticeResponse Value, ETag ETag)>> LoadAsync(string reference, CancellationToken cancellationToken) =>
        _rows.PartitionAsync(reference, cancellationToken);

    /// <summary>Writes the record; <paramref name="etag"/> is the one read (null for a first record). Returns the new ETag.</summary>
    public Task<ETag> WriteAsync(string reference, CasPracticeResponse record, ETag? etag, CancellationToken cancellationToken) =>
        _rows.WriteAsync(
            reference, record.OdsCode, record, etag,
            $"The record of {record.OdsCode} against alert {reference} was changed elsewhere at the same moment; re-read it and try again.", "odsCode",
            cancellationToken);
}
