
namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>The steps every practice takes to localise a programme, sent over GraphQL, dated from today.</summary>
internal static class LocalisationSteps
{
    public static Task JoinAsync(this GraphQLClient client, string programme, string ods)
    {
        var mou = Samples.Mou();
        return client.Data("""
            mutation($p: ID!, $o: ID!, $signed: DateOnly!, $expires: DateOnly!) { joinProgramme(programmeId: $p, odsCode: $o, mou: { reference: "MOU-2026-001", signatoryName: "Jo Bloggs", signatoryRole: "Practice Manager", signedOn: $signed, expiresOn: $expires }) { status } }
            """, new { p = programme, o = ods, signed = Iso(mou.SignedOn), expires = Iso(mou.ExpiresOn) });
    }

    public static Task RecordApprovedSopAsync(this GraphQLClient client, string programme, string ods)
    {
        var sop = Samples.ApprovedSop();
        return client.AsPractice(ods).Data("""
            mutation($p: ID!, $o: ID!, $approved: DateOnly!, $review: DateOnly!) { recordSop(programmeId: $p, odsCode: $o, expectedSopRevision: 0, sop: { text: "Check the banner; review every note.", version: "1.0", approvedBy: "Dr Grace Hopper", approvedOn: $approved, reviewDate: $review }) { sopRevision } }
            """, new { p = programme, o = ods, approved = Iso(sop.ApprovedOn!.Value), review = Iso(sop.ReviewDate) });
    }

    /// <summary>The practice decides the programme's H-001 does not apply, and signs off the localisation.</summary>
    public static async Task AssessAndSignOffAsync(this GraphQLClient client, string programme, string ods)
    {
        var practice = client.AsPractice(ods);
        var revision = (int)(await practice.Data("""
            mutation($p: ID!, $o: ID!) { assessHazard(programmeId: $p, odsCode: $o, hazardId: "H-001", expectedRevision: 0, decision: { applicable: false, rationale: "Not used here." }) { revision } }
            """, new { p = programme, o = ods }))["assessHazard"]!["revision"]!;
        await practice.Data("""
            mutation($p: ID!, $o: ID!, $rev: Int!) { signOffLocalisation(programmeId: $p, odsCode: $o, expectedRevision: $rev, signOff: { name: "Dr Grace Hopper", role: "Clinical Safety Lead", statement: "Localised and reviewed." }) { status } }
            """, new { p = programme, o = ods, rev = revision });
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
