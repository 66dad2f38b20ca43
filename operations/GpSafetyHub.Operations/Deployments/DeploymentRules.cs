using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Operations.Deployments;

/// <summary>Who sees a practice's deployment of a programme.</summary>
internal static class DeploymentRules
{
    /// <summary>
    /// Whoever may read both the programme and the practice's localisation: the practice once it has
    /// joined, its ICB, the programme's CSO function, national users. A practice asking about a
    /// programme it has not joined is answered as if the programme did not exist, as everywhere.
    /// </summary>
    public static async ValueTask<HubException?> Reads(OperationContext context, string? programmeId, string? odsCode) =>
        await Rules.ReadsProgramme(context, programmeId) ?? await Rules.ReadsLocalisation(context, programmeId, odsCode);
}
