using GpSafetyHub.Coverage;
using GpSafetyHub.Deployments;
using GpSafetyHub.Operations.Programmes;

namespace GpSafetyHub.Operations.Deployments;

/// <summary>Deployments worked out from what they inherit, for one practice or many.</summary>
internal static class DeploymentReads
{
    public static async Task<DeploymentView> OneAsync(OperationContext context, string programmeId, string odsCode)
    {
        var programme = await context.ProgrammeDeployment(programmeId).Get();
        var practice = await context.Practice(odsCode).Get();
        var own = await context.Deployment(programmeId, odsCode).Get();
        var localisation = await context.Localisation(programmeId, odsCode).GetSummary();
        var current = await context.ProgrammeLog(programmeId).GetCurrentVersionNumber();
        return DeploymentStanding.View(
            new DeploymentSources(programme, own, localisation, current, practice.Details.IcbCode, practice.Details.Name), context.Deployments, context.Today);
    }

    /// <summary>The deployments of the given practices (their ICB rows), of one programme or all.</summary>
    public static async Task<IReadOnlyList<DeploymentView>> ForPracticesAsync(OperationContext context, IEnumerable<PracticeCoverage> rows, string? programmeId)
    {
        var programmes = (await ProgrammeReads.ListingsAsync(context)).Where(p => programmeId is null || p.Id == programmeId).Select(p => (p.Id, p.CurrentVersion)).ToArray();
        return await context.Grains.DeploymentsAsync(programmes, rows, context.Deployments, context.Today);
    }
}
