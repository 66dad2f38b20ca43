using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Setting up what reminders are about, over GraphQL: programmes with a CSO mailbox, practices with chosen contacts.</summary>
internal static class ReminderSteps
{
    public static Task CreateProgrammeAsync(this GraphQLClient client, string id, string csoEmail, DateOnly reviewDate) =>
        client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id, Iso(reviewDate), csoEmail) });

    /// <summary>Registers a practice; contacts left null are not registered.</summary>
    public static Task RegisterPracticeAsync(
        this GraphQLClient client, string ods, string icb, string? safetyLeadEmail, string? casContactEmail, string? managerEmail = null) =>
        client.Data("mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created updated } }", new
        {
            rows = new[]
            {
                new
                {
                    odsCode = ods, name = $"Practice {ods}", icbCode = icb,
                    safetyLeadName = safetyLeadEmail is null ? null : "Dr Grace Hopper", safetyLeadEmail,
                    casContactEmail, practiceManagerEmail = managerEmail,
                },
            },
        });

    /// <summary>Records an approved SOP due for review on <paramref name="reviewDate"/>.</summary>
    public static Task RecordSopDueAsync(this GraphQLClient client, string programme, string ods, DateOnly reviewDate) =>
        client.AsPractice(ods).Data("""
            mutation($p: ID!, $o: ID!, $approved: DateOnly!, $review: DateOnly!) { recordSop(programmeId: $p, odsCode: $o, expectedSopRevision: 0, sop: { text: "Check the banner.", version: "1.0", approvedBy: "Dr Grace Hopper", approvedOn: $approved, reviewDate: $review }) { sopRevision } }
            """, new { p = programme, o = ods, approved = Iso(reviewDate.AddDays(-30)), review = Iso(reviewDate) });

    /// <summary>
    /// Waits until the ICB's coverage (what the reminder scan reads) shows the practice's row for
    /// the programme with the SOP in <paramref name="sop"/> state: it is fed asynchronously.
    /// </summary>
    public static Task UntilCoverageShowsAsync(this GraphQLClient client, string icb, string ods, string programme, string sop = "NONE") =>
        Eventually.Get(
            async () => (await client.Data(
                "query($icb: ID!, $p: ID!) { icbCoverage(icb: $icb, programmeId: $p, first: 500) { rows { odsCode sop } } }",
                new { icb, p = programme }))["icbCoverage"]!["rows"]!.AsArray(),
            rows => rows.Any(r => (string?)r!["odsCode"] == ods && (string?)r["sop"] == sop),
            what: $"Coverage of {ods} in {icb} for {programme} with SOP {sop}");
}
