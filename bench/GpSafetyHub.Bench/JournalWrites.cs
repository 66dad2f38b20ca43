using System.Diagnostics;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Programmes;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Bench;

/// <summary>
/// What one durable change to a programme log of <c>hazards</c> hazards costs: time per write
/// against Azurite (which includes the round trip) and bytes allocated per write (the preparation
/// of the change, the snapshot and the transaction), over <c>writes</c> revisions. In the same run,
/// the baseline: the same writes each preceded by the copy of the whole state through gzip'd JSON
/// that the journal made before it applied changes in place.
/// </summary>
internal static class JournalWrites
{
    public static async Task<int> RunAsync(int hazards, int writes)
    {
        await using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        var tables = new HubTables(Options.Create(new HubStorageOptions { ConnectionString = azurite.ConnectionString }));
        await tables.CreateIfMissingAsync(CancellationToken.None);
        var journal = new Journal<ProgrammeHazardLogState, ProgrammeLogEvent>(new JournalStore(tables), "programme/bench", () => { });
        var at = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        await journal.RecordAsync(journal.State.DecideCreate(ProgrammeId.Parse("bench"), Samples.Programme(), today), Samples.Cso, null, at);
        for (var i = 1; i <= hazards; i++)
            await journal.RecordAsync(journal.State.DecideAddHazard(LocalisationBytes.RealisticHazard(i), today), Samples.Cso, "Workshop", at);

        // Each write revises one hazard's owner, as an ordinary edit does.
        async Task ReviseAsync(int n, bool formerCopy)
        {
            if (formerCopy) _ = JournalCodec.Decode<ProgrammeHazardLogState>(JournalCodec.Encode(journal.State));
            var id = Hazards.Hazard.IdFor(n % hazards + 1);
            var current = journal.State.Hazards[id];
            var content = current.Content with { Owner = $"Owner {n}" };
            await journal.RecordAsync(journal.State.DecideReviseHazard(id, current.Revision, content, today), Samples.Cso, "Review", at);
        }

        Console.WriteLine($"journal-write: {hazards} hazards, {writes} writes each way");
        var next = 0;
        foreach (var (label, formerCopy) in new[] { ("in place (now)", false), ("with the former copy (baseline)", true), ("in place (now, again)", false) })
        {
            for (var n = 0; n < 20; n++) await ReviseAsync(next++, formerCopy); // warm-up
            var times = new double[writes];
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var n = 0; n < writes; n++)
            {
                var clock = Stopwatch.StartNew();
                await ReviseAsync(next++, formerCopy);
                times[n] = clock.Elapsed.TotalMilliseconds;
            }

            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / writes;
            Array.Sort(times);
            Console.WriteLine($"  {label,-32} median {times[writes / 2]:F2} ms, p95 {times[(int)Math.Ceiling(writes * 0.95) - 1]:F2} ms, allocated {allocated / 1024.0:F0} KiB per write (whole process)");
        }

        return 0;
    }
}
