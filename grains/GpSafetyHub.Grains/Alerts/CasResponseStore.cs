using Azure;
using Azure.Data.Tables;
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
    public async Task<Dictionary<string, (CasPracticeResponse Record, ETag ETag)>> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (CasPracticeResponse, ETag)>(StringComparer.Ordinal);
        await foreach (var entity in JsonRows.Partition(tables.CasResponses, reference, cancellationToken))
            rows[JsonRows.KeyOf(entity)] = (JsonRows.Read<CasPracticeResponse>(entity), entity.ETag);
        return rows;
    }

    /// <summary>Writes the record; <paramref name="etag"/> is the one read (null for a first record). Returns the new ETag.</summary>
    public Task<ETag> WriteAsync(string reference, CasPracticeResponse record, ETag? etag, CancellationToken cancellationToken) =>
        JsonRows.WriteAsync(
            tables.CasResponses, JsonRows.Create(reference, record.OdsCode, record, $"The record of {record.OdsCode} against alert {reference}"), etag,
            $"The record of {record.OdsCode} against alert {reference} was changed elsewhere at the same moment; re-read it and try again.", "odsCode",
            cancellationToken);
}
