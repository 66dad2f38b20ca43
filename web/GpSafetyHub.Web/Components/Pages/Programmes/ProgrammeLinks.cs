namespace GpSafetyHub.Web.Components.Pages.Programmes;

/// <summary>Where a programme's pages are found.</summary>
public static class ProgrammeLinks
{
    public static string Of(string programmeId) => $"/programmes/{Uri.EscapeDataString(programmeId)}";

    public static string Hazard(string programmeId, string hazardId) => $"{Of(programmeId)}/hazards/{Uri.EscapeDataString(hazardId)}";
}
