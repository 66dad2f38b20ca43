using System.Globalization;

namespace GpSafetyHub.Bench.Http;

/// <summary>Loads an ICB through the hub's own API: programmes of published hazards, the ICB's practices, each practice joined to every programme.</summary>
internal static class EstateSeeder
{
    public const string Icb = "QBE";

    public static string ProgrammeId(int n) => $"bench-programme-{n:D2}";

    public static string Practice(int n) => $"B{n:D5}";

    public static async Task SeedAsync(HubClient hub, int practices, int programmes, int hazards, int parallelism)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PublishProgrammesAsync(hub, Enumerable.Range(1, programmes).Select(ProgrammeId).ToArray(), hazards, today.AddYears(1), parallelism);

        var rows = Enumerable.Range(1, practices).Select(i => new { odsCode = Practice(i), name = $"Bench practice {i}", icbCode = Icb, safetyLeadName = "Dr Lead", safetyLeadEmail = $"lead{i}@bench.nhs.net" }).ToArray();
        foreach (var chunk in rows.Chunk(500))
            await hub.DataAsync("mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created } }", new { rows = chunk });

        var signed = Iso(today.AddDays(-10));
        var expires = Iso(today.AddYears(2));
        var joins = Enumerable.Range(1, practices).SelectMany(i => Enumerable.Range(1, programmes).Select(p => (Practice(i), ProgrammeId(p)))).ToArray();
        await Parallel.ForEachAsync(joins, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (join, _) =>
            await JoinAsync(hub, join.Item2, join.Item1, signed, expires));
    }

    /// <summary>Creates each programme with <paramref name="hazards"/> hazards reviewed on <paramref name="review"/>, and publishes version 1.</summary>
    public static Task PublishProgrammesAsync(HubClient hub, IReadOnlyList<string> ids, int hazards, DateOnly review, int parallelism) =>
        Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (id, _) =>
        {
            await hub.DataAsync("mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }", new
            {
                input = new
                {
                    id, name = $"Benchmark programme {id}", product = "Ambient Scribe 3", supplier = "Acme Health Ltd", supplierSafetyCaseReference = "ACME-CSC-1",
                    csoFunction = "Bench CSU Clinical Safety", responsibleCso = "Dr Bench", csoEmail = $"cso.{id}@bench.nhs.net", reviewDate = Iso(review),
                },
            });
            for (var h = 1; h <= hazards; h++) await AddHazardAsync(hub, id, h, review);
            await PublishAsync(hub, id, "Version 1");
        });

    public static Task AddHazardAsync(HubClient hub, string programmeId, int n, DateOnly review) =>
        hub.DataAsync("mutation($p: ID!, $h: HazardInput!) { addHazard(programmeId: $p, hazard: $h, reason: \"Workshop\") { id } }", new { p = programmeId, h = Hazard(n, Iso(review)) });

    /// <summary>Publishes the programme's draft as it stands.</summary>
    public static async Task PublishAsync(HubClient hub, string programmeId, string summary)
    {
        var revision = (int)(await hub.DataAsync("query($p: ID!) { programme(id: $p) { draftRevision } }", new { p = programmeId }))["programme"]!["draftRevision"]!;
        await hub.DataAsync("""
            mutation($p: ID!, $rev: Int!, $summary: String!) { publishVersion(programmeId: $p, expectedDraftRevision: $rev, summary: $summary,
              signOff: { name: "Dr Bench", role: "Clinical Safety Officer", professionalRegistration: "GMC 0000000", statement: "Reviewed." }) { number } }
            """, new { p = programmeId, rev = revision, summary });
    }

    public static Task JoinAsync(HubClient hub, string programmeId, string odsCode, string signedOn, string expiresOn) =>
        hub.DataAsync("""
            mutation($p: ID!, $o: ID!, $s: DateOnly!, $e: DateOnly!) { joinProgramme(programmeId: $p, odsCode: $o, mou: { reference: "MOU-BENCH", signatoryName: "Jo Bloggs", signatoryRole: "Practice Manager", signedOn: $s, expiresOn: $e }) { status } }
            """, new { p = programmeId, o = odsCode, s = signedOn, e = expiresOn });

    private static object Hazard(int n, string review) => new
    {
        title = $"Hazard {n}: note saved to the wrong patient",
        description = "The scribe attaches a generated note to the patient whose record is open.",
        effect = "Clinical information appears in another patient's record.",
        potentialHarm = "Treatment based on another patient's history.",
        causes = new[] { "Two records open at once" },
        initialRisk = new { severity = "MAJOR", likelihood = "MEDIUM", justification = "Seen in pilot." },
        controls = new[] { new { description = "Patient banner on every draft", type = "SYSTEM_DESIGN", state = "EXISTING", evidence = "TR-12" } },
        residualRisk = new { severity = "MAJOR", likelihood = n % 3 == 0 ? "LOW" : "VERY_LOW", justification = n % 3 == 0 ? "Accepted by the safety board: controls tested in pilot." : null },
        owner = "Programme CSO",
        reviewDate = review,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
