namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>The GraphQL documents and inputs the end-to-end tests send.</summary>
internal static class Requests
{
    public const string CreateProgramme = """
        mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id draftRevision details { name reviewDate } } }
        """;

    public const string AddHazard = """
        mutation($p: ID!, $h: HazardInput!, $why: String!) {
          addHazard(programmeId: $p, hazard: $h, reason: $why) { id revision title status initialRisk { rating acceptability } residualRisk { rating } }
        }
        """;

    public const string ReviseHazard = """
        mutation($p: ID!, $id: ID!, $rev: Int!, $h: HazardInput!, $why: String!) {
          reviseHazard(programmeId: $p, hazardId: $id, expectedRevision: $rev, hazard: $h, reason: $why) { id revision title residualRisk { rating justification } }
        }
        """;

    public const string Publish = """
        mutation($p: ID!, $rev: Int!, $s: String!) {
          publishVersion(programmeId: $p, expectedDraftRevision: $rev, summary: $s,
            signOff: { name: "Dr Ada Lovelace", role: "Clinical Safety Officer", professionalRegistration: "GMC 1234567", statement: "Reviewed and fit for deployment." }) {
            number publishedAt publishedBy { name } signOff { professionalRegistration } summary
          }
        }
        """;

    public static object Programme(string id, string reviewDate = "2027-06-30", string? csoEmail = null) => new
    {
        id,
        name = "AI scribe — North East London",
        product = "Ambient Scribe 3",
        supplier = "Acme Health Ltd",
        supplierSafetyCaseReference = "ACME-DCB0129-CSC-2026-01",
        csoFunction = "NEL CSU Clinical Safety",
        responsibleCso = "Dr Ada Lovelace",
        reviewDate,
        csoEmail,
    };

    public static Dictionary<string, object?> Hazard(string title = "Note saved to the wrong patient", string residualLikelihood = "VERY_LOW", string? justification = null) => new()
    {
        ["title"] = title,
        ["description"] = "The scribe attaches a generated note to the patient whose record is open.",
        ["effect"] = "Clinical information appears in another patient's record.",
        ["potentialHarm"] = "Treatment based on another patient's history.",
        ["causes"] = new[] { "Two records open at once" },
        ["initialRisk"] = new { severity = "MAJOR", likelihood = "MEDIUM", justification = "Seen in pilot." },
        ["controls"] = new[] { new { description = "Patient banner on every draft", type = "SYSTEM_DESIGN", state = "EXISTING", evidence = "TR-12" } },
        ["residualRisk"] = new { severity = "MAJOR", likelihood = residualLikelihood, justification },
        ["owner"] = "Programme CSO",
        ["reviewDate"] = "2027-03-31",
    };
}
