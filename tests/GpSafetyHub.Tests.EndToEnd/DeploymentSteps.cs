using System.Text.Json.Nodes;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Recording deployment steps over GraphQL, each against the revision the caller last saw.</summary>
internal static class DeploymentSteps
{
    public const string RecordStep = """
        mutation($p: ID!, $o: ID!, $rev: Int!, $c: StepChangeInput!) { recordDeploymentStep(programmeId: $p, odsCode: $o, expectedRevision: $rev, change: $c) { revision } }
        """;

    /// <summary>Records each change in turn as the practice, reading the revision first.</summary>
    public static async Task StepsAsync(this GraphQLClient practice, string programme, string ods, params object[] changes)
    {
        foreach (var change in changes)
        {
            var revision = (int)(await practice.Data("query($p: ID!, $o: ID!) { deployment(programmeId: $p, odsCode: $o) { revision } }", new { p = programme, o = ods }))["deployment"]!["revision"]!;
            await practice.Data(RecordStep, new { p = programme, o = ods, rev = revision, c = change });
        }
    }

    public static object Done(string step) => new { step, status = "DONE" };

    public static object Waiting(string step, string on) => new { step, status = "WAITING_ON", waitingOn = on };

    public static JsonNode Step(JsonNode deployment, string step) => deployment["steps"]!.AsArray().Single(s => (string?)s!["step"] == step)!;
}
