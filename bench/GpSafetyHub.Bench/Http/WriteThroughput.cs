using System.Diagnostics;
using Azure.Data.Tables;
using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Bench.Http;

/// <summary>
/// Durable localisation writes against the limit: <c>clients</c> practices each assessing hazards of
/// their own localisation through the API (each answer acknowledges a committed journal write),
/// against the same number of clients submitting, straight to the same Azurite with
/// Azure.Data.Tables, entity-group transactions of the shape the journal commits: a change row
/// added and the snapshot replaced, with the payload sizes the hub's own rows turned out to have.
/// The hub's work does not end with the answers: <c>untilQuiet</c> reports how long the silo stays
/// busy after the last acknowledged write (its read models catching up), so a rate bought by
/// deferring that work shows as such.
/// </summary>
internal static class WriteThroughput
{
    /// <summary>Run <paramref name="run"/> (from 1) writes to practices of its own, so each starts from localisations nobody assessed.</summary>
    public static async Task<(double HubPerSecond, TimeSpan BusyAfter, double RawPerSecond, int EventBytes, int SnapshotBytes)> RunAsync(
        Func<string, HubClient> asPractice, Func<Task<TimeSpan>> untilQuiet, string connectionString, int clients, TimeSpan duration, int run)
    {
        var first = (run - 1) * clients + 1;
        var hub = await HubAsync(asPractice, first, clients, duration);
        var busyAfter = await untilQuiet();
        var (eventBytes, snapshotBytes) = await RowSizesAsync(connectionString, EstateSeeder.Practice(first));
        var raw = await RawAsync(connectionString, first, clients, duration, eventBytes, snapshotBytes);
        return (hub, busyAfter, raw, eventBytes, snapshotBytes);
    }

    private static async Task<double> HubAsync(Func<string, HubClient> asPractice, int first, int clients, TimeSpan duration)
    {
        var programme = EstateSeeder.ProgrammeId(1);
        var acknowledged = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(first, clients).Select(async c =>
        {
            var ods = EstateSeeder.Practice(c);
            using var practice = asPractice(ods);
            var revisions = new int[11];
            for (var n = 0; clock.Elapsed < duration && n < 100_000; n++)
            {
                var hazard = n % 10 + 1;
                await practice.DataAsync("""
                    mutation($p: ID!, $o: ID!, $h: ID!, $rev: Int!, $why: String!) { assessHazard(programmeId: $p, odsCode: $o, hazardId: $h, expectedRevision: $rev,
                      decision: { applicable: false, rationale: $why }) { revision } }
                    """, new { p = programme, o = ods, h = $"H-{hazard:D3}", rev = revisions[hazard], why = $"Not used here (review {n})." });
                revisions[hazard]++;
                Interlocked.Increment(ref acknowledged);
            }
        }));
        return acknowledged / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The payload sizes of one localisation's newest change row and its snapshot, as the hub stored them.</summary>
    private static async Task<(int Event, int Snapshot)> RowSizesAsync(string connectionString, string ods)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("hubJournals");
        var partition = TableKeys.Escape($"localisation/{EstateSeeder.ProgrammeId(1)}/{ods}");
        int? snapshot = null, change = null;
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            var bytes = row.GetInt32("PayloadLength") ?? 0;
            if (row.RowKey == "snapshot") snapshot = bytes;
            else if (row.RowKey.StartsWith("c-", StringComparison.Ordinal)) change = bytes;
        }

        return (change ?? throw new InvalidOperationException($"No change rows in {partition}."), snapshot ?? throw new InvalidOperationException($"No snapshot in {partition}."));
    }

    private static async Task<double> RawAsync(string connectionString, int first, int clients, TimeSpan duration, int eventBytes, int snapshotBytes)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("benchRawTransactions");
        await table.CreateIfNotExistsAsync();
        var committed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(first, clients).Select(async c =>
        {
            var random = new Random(c);
            var (change, snapshot) = (new byte[eventBytes], new byte[snapshotBytes]);
            for (var n = 1; clock.Elapsed < duration && n < 100_000; n++)
            {
                random.NextBytes(change);
                random.NextBytes(snapshot);
                var partition = $"raw-{c}";
                var row = new TableEntity(partition, $"c-{n:D10}");
                EntityPayload.Write(row, change, "a raw change");
                var state = new TableEntity(partition, "snapshot") { ["Version"] = n };
                EntityPayload.Write(state, snapshot, "a raw snapshot");
                await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, row), new TableTransactionAction(TableTransactionActionType.UpsertReplace, state)]);
                Interlocked.Increment(ref committed);
            }
        }));
        return committed / clock.Elapsed.TotalSeconds;
    }
}
