using System.Diagnostics;
using Azure.Data.Tables;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.Grains.Storage;
using GpSafetyHub.Hazards;
using GpSafetyHub.Localisations;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Bench;

/// <summary>
/// Bytes stored for one programme of N hazards localised by P practices, written through the
/// hub's own journal on Azurite, against P full copies of the programme's log (what a
/// practice-by-practice hazard log would store). Every practice joins, records an SOP, assesses
/// every hazard and signs off; bytes are the sizes of every property Azure would store.
/// </summary>
internal static class LocalisationBytes
{
    public static async Task<int> RunAsync(int practices, int hazards)
    {
        await using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        var tables = new HubTables(Options.Create(new HubStorageOptions { ConnectionString = azurite.ConnectionString }));
        await tables.CreateIfMissingAsync(CancellationToken.None);
        var store = new JournalStore(tables);
        var clock = Stopwatch.StartNew();

        var programme = new Journal<ProgrammeHazardLogState, ProgrammeLogEvent>(store, "programme/bench", () => { });
        var at = DateTimeOffset.UtcNow;
        await programme.RecordAsync(programme.State.DecideCreate(ProgrammeId.Parse("bench"), Samples.Programme(), DateOnly.FromDateTime(at.UtcDateTime)), Samples.Cso, null, at);
        for (var i = 1; i <= hazards; i++)
            await programme.RecordAsync(programme.State.DecideAddHazard(RealisticHazard(i), DateOnly.FromDateTime(at.UtcDateTime)), Samples.Cso, "Workshop", at);
        var published = programme.State.DecidePublish(programme.State.DraftRevision, Samples.SignOff(), "Version 1");
        var version = programme.State.Freeze(published, at, Samples.Cso);
        await programme.RecordAsync(published, Samples.Cso, "Version 1", at, [new JournalDocument("version-000001", version)]);

        var today = Samples.Today;
        for (var p = 0; p < practices; p++)
        {
            var ods = $"B{p:D5}";
            var localisation = new Journal<LocalisationState, LocalisationEvent>(store, $"localisation/bench/{ods}", () => { });
            await localisation.RecordAsync(localisation.State.DecideJoin("bench", ods, Samples.Mou(), 1, today), Samples.Cso, null, at);
            await localisation.RecordAsync(localisation.State.DecideRecordSop(0, Samples.ApprovedSop(), today), Samples.Cso, null, at);
            foreach (var hazard in version.Hazards)
            {
                var decision = int.Parse(hazard.Id[2..], System.Globalization.CultureInfo.InvariantCulture) % 5 == 0
                    ? Samples.NotApplicable()
                    : Samples.Applicable() with { Notes = $"Reviewed at the practice meeting for {ods}." };
                await localisation.RecordAsync(localisation.State.DecideAssess(hazard.Id, 0, decision, version, today), Samples.Cso, null, at);
            }

            await localisation.RecordAsync(localisation.State.DecideSignOff(localisation.State.Revision, version, 1, Samples.PracticeSignOff(), today), Samples.Cso, null, at);
        }

        var bytes = new Dictionary<(bool Programme, char Row), long>();
        await foreach (var entity in tables.Journals.QueryAsync<TableEntity>())
        {
            var key = (entity.PartitionKey.StartsWith("programme", StringComparison.Ordinal), entity.RowKey[0]);
            bytes[key] = bytes.GetValueOrDefault(key) + EntityBytes(entity);
        }

        long Sum(bool programmeRows, char row) => bytes.GetValueOrDefault((programmeRows, row));
        var overlaySnapshots = Sum(false, 's');
        var localisationJournal = Sum(false, 'c');
        var programmeTotal = Sum(true, 's') + Sum(true, 'c') + Sum(true, 'd');

        // A practice-by-practice model keeps the whole localised log per practice: the programme's
        // hazards merged with the practice's decisions, stored as compactly as the hub stores
        // anything (gzip'd JSON); the same decisions' history would come on top in either model.
        var localisationState = new Journal<LocalisationState, LocalisationEvent>(store, "localisation/bench/B00000", () => { });
        await localisationState.LoadAsync(CancellationToken.None);
        var merged = version.Hazards.Select(h => new LocalisedHazard(h, localisationState.State.Overlay.GetValueOrDefault(h.Id))).ToArray();
        var copyBytes = (long)JournalCodec.Encode(merged).Length;

        Console.WriteLine($"| programme: {hazards} hazards; journal, snapshot and published version | {programmeTotal:N0} |");
        Console.WriteLine($"| {practices:N0} overlay snapshots (current state of every localisation) | {overlaySnapshots:N0} ({overlaySnapshots / practices:N0} each) |");
        Console.WriteLine($"| hub, current state: programme + overlays | {programmeTotal + overlaySnapshots:N0} |");
        Console.WriteLine($"| {practices:N0} full localised copies of the log ({copyBytes:N0} each, payload only) | {copyBytes * practices:N0} |");
        Console.WriteLine($"| ratio, copies / hub | {(double)copyBytes * practices / (programmeTotal + overlaySnapshots):F1}x |");
        Console.WriteLine($"| {practices:N0} localisation histories ({hazards + 3} changes each; needed in either model) | {localisationJournal:N0} ({localisationJournal / practices:N0} each) |");
        Console.WriteLine($"elapsed: {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    // What Azure counts for an entity: keys (UTF-16) plus each property's name and value.
    private static long EntityBytes(TableEntity entity) =>
        4 + (entity.PartitionKey.Length + entity.RowKey.Length) * 2 + 8
        + entity.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Sum(p => 8 + p.Key.Length * 2 + p.Value switch
        {
            byte[] bytes => 4 + bytes.Length,
            string text => 4 + text.Length * 2,
            _ => 8,
        });

    private static readonly string[] Words =
    [
        "patient", "record", "scribe", "note", "clinician", "consultation", "draft", "encounter", "medication", "allergy", "dose",
        "summary", "transcript", "coding", "referral", "review", "template", "session", "audio", "context", "history", "result",
        "omitted", "misheard", "attributed", "duplicated", "delayed", "truncated", "incorrect", "unverified", "filed", "edited",
        "because", "when", "during", "after", "before", "without", "despite", "within", "across", "between", "locum", "remote",
        "telephone", "video", "interpreter", "safeguarding", "prescription", "investigation", "follow-up", "red-flag", "symptom",
    ];

    // Prose that varies from hazard to hazard as real hazard logs do, so compression cannot
    // collapse sixty hazards into one (seeded, so every run stores the same bytes).
    private static string Prose(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";

    internal static HazardContent RealisticHazard(int i)
    {
        var random = new Random(i);
        return Samples.Hazard($"Hazard {i}: {Prose(random, 6)}") with
        {
            Description = Prose(random, 80),
            Effect = Prose(random, 40),
            PotentialHarm = Prose(random, 40),
            Causes = [Prose(random, 15), Prose(random, 15), Prose(random, 15)],
            InitialRisk = new RiskAssessment(Severity.Major, Likelihood.Medium, Prose(random, 30)),
            Controls = [new HazardControl(Prose(random, 25), Prose(random, 10), ControlType.SystemDesign, ControlState.Existing, "Supplier"),
                new HazardControl(Prose(random, 25), null, ControlType.UserTraining, ControlState.Additional, "Programme")],
            ResidualRisk = new RiskAssessment(Severity.Major, Likelihood.VeryLow, Prose(random, 30)),
        };
    }
}
