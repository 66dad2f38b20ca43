using GpSafetyHub.Deployments;

namespace GpSafetyHub.Web.Components.Pages.Deployments;

/// <summary>Where a practice's deployment of a programme, its steps and the boards are found.</summary>
public static class DeploymentLinks
{
    public static string Of(string odsCode, string programmeId) => $"/practices/{Uri.EscapeDataString(odsCode)}/deployments/{Uri.EscapeDataString(programmeId)}";

    public static string Step(string odsCode, string programmeId, DeploymentStep step) => $"{Of(odsCode, programmeId)}/steps/{Slug(step)}";

    public static string IcbBoard(string icb) => $"/icbs/{Uri.EscapeDataString(icb)}/deployments";

    public static string ProgrammeBoard(string programmeId) => $"/programmes/{Uri.EscapeDataString(programmeId)}/deployments";

    /// <summary>A step in an address: <c>information-governance</c>.</summary>
    public static string Slug(DeploymentStep step) =>
        string.Concat(step.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));

    public static DeploymentStep? FromSlug(string slug) => DeploymentChecklist.Steps.Cast<DeploymentStep?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}
