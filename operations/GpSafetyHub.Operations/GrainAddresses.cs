using GpSafetyHub.Alerts;
using GpSafetyHub.Deployments;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations;

/// <summary>The grains operations address, each from an input validated with the name of the field it came in.</summary>
internal static class GrainAddresses
{
    public static IProgrammeHazardLogGrain ProgrammeLog(this OperationContext context, string id, string field = "programmeId") =>
        context.Grains.GetGrain<IProgrammeHazardLogGrain>(ProgrammeId.Parse(id, field).Value);

    public static ILocalisationGrain Localisation(this OperationContext context, string programmeId, string odsCode) =>
        context.Grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(
            ProgrammeId.Parse(programmeId, "programmeId").Value, OrganisationCodes.RequirePractice(odsCode, "odsCode")));

    public static IDeploymentGrain Deployment(this OperationContext context, string programmeId, string odsCode) =>
        context.Grains.GetGrain<IDeploymentGrain>(IDeploymentGrain.KeyOf(
            ProgrammeId.Parse(programmeId, "programmeId").Value, OrganisationCodes.RequirePractice(odsCode, "odsCode")));

    public static IProgrammeDeploymentGrain ProgrammeDeployment(this OperationContext context, string id, string field = "programmeId") =>
        context.Grains.GetGrain<IProgrammeDeploymentGrain>(ProgrammeId.Parse(id, field).Value);

    public static IPracticeGrain Practice(this OperationContext context, string odsCode) =>
        context.Grains.GetGrain<IPracticeGrain>(OrganisationCodes.RequirePractice(odsCode));

    public static ICasAlertGrain Alert(this OperationContext context, string reference) =>
        context.Grains.GetGrain<ICasAlertGrain>(CasAlertReference.Require(reference));

    /// <summary>The items the caller may see, in order.</summary>
    public static async Task<IReadOnlyList<T>> VisibleAsync<T>(this IEnumerable<T> items, Func<T, Task<bool>> sees)
    {
        var visible = new List<T>();
        foreach (var item in items)
            if (await sees(item)) visible.Add(item);
        return visible;
    }
}
