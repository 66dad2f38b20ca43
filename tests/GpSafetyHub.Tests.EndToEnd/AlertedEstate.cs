using GpSafetyHub.Tests.Support;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// A published programme of two hazards, practices of one ICB with CAS contacts joined to it, and a
/// CAS alert about it: once the alert job runs, each practice's contact is owed one issued notice.
/// </summary>
internal static class AlertedEstate
{
    /// <summary>Sets it up through <paramref name="client"/> (an administrator and the programme's CSO); returns the programme and the alert's reference.</summary>
    public static async Task<(string Programme, string Alert)> CreateAsync(GraphQLClient client, string icb, IReadOnlyList<string> practices, Func<string, string> casContact, string tag)
    {
        var programme = UniqueIds.Programme(tag);
        await client.Data(Requests.CreateProgramme, new { input = Requests.Programme(programme) });
        await client.Data(Requests.AddHazard, new { p = programme, h = Requests.Hazard("Note saved to the wrong patient"), why = "Initial" });
        await client.Data(Requests.AddHazard, new { p = programme, h = Requests.Hazard("Note saved to the wrong patient"), why = "Initial" });
        await client.Data(Requests.Publish, new { p = programme, rev = 2, s = "First version" });
        await client.Data("mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created } }", new
        {
            rows = practices.Select(ods => new { odsCode = ods, name = $"Practice {ods}", icbCode = icb, casContactEmail = casContact(ods) }),
        });
        // Joined, and shown in the ICB's coverage, before the alert is recorded: its issued notices go to the practices joined then.
        foreach (var ods in practices) await client.JoinAsync(programme, ods);
        await Eventually.Get(async () => (await client.Data("query($icb: ID!) { icbCoverage(icb: $icb, first: 100) { totalRows } }", new { icb }))["icbCoverage"]!["totalRows"]!.GetValue<int>(),
            rows => rows == practices.Count, what: "The ICB's coverage showing every practice joined");
        var alert = $"NatPSA/2026/{Random.Shared.Next(100, 999)}/{tag.ToUpperInvariant()}";
        await client.Data("mutation($r: ID!, $a: CasAlertInput!) { recordCasAlert(reference: $r, alert: $a) { acknowledgeBy } }", new
        {
            r = alert,
            a = new Dictionary<string, object?>
            {
                ["type"] = "NATIONAL_PATIENT_SAFETY_ALERT", ["originator"] = "MHRA", ["issuedOn"] = Iso(Samples.Today),
                ["title"] = "Scribe notes filed to the wrong record", ["summary"] = "Notes can attach to the open record.",
                ["actionRequired"] = "Check the patient banner before filing.", ["programmeIds"] = new[] { programme }, ["csoEmail"] = "cso@nel.nhs.net",
            },
        });
        return (programme, alert);
    }
}
