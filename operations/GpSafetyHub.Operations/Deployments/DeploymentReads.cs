using GpSafetyHub.Coverage;
using GpSafetyHub.Deployments;
using GpSafetyHub.Operations.Programmes;

namespace GpSafetyHub.Operations.Deployments;

/// <summary>Deployments worked out from what they inherit, for one practice or many.</summary>
internal static class DeploymentReads
{
    public static async Task<DeploymentView> OneAsync(OperationContext context, string programmeId, string odsCode)
    {
        var programme = GpSafetyHub.Programmes.ProgrammeId.Parse(programmeId, "programmeId").Value;
        var ods = GpSafetyHub.Practices.OrganisationCodes.RequirePractice(odsCode, "odsCode");
        return DeploymentStanding.View(await context.Grains.SourcesAsync(programme, ods), context.Deployments, context.Today);
    }

    /// <summary>The deployments of the given practices (their ICB rows), of one programme or all.</summary>
    public static async Task<IReadOnlyList<DeploymentView>> ForPracticesAsync(OperationContext context, IEnumerable<PracticeCoverage> rows, string? programmeId)
    {
        var programmes = (await ProgrammeReads.ListingsAsync(context)).Where(p => programmeId is null || p.Id == programmeId).ToArray();
        return await context.Grains.DeploymentsAsync(programmes, rows, context.Deployments, context.Today);
    }
}
