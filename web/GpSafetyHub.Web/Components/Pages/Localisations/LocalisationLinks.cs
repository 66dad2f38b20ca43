namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>Where a practice's localisation of a programme, and its parts, are found.</summary>
public static class LocalisationLinks
{
    public static string Of(string odsCode, string programmeId) => $"/practices/{Uri.EscapeDataString(odsCode)}/programmes/{Uri.EscapeDataString(programmeId)}";

    public static string Hazard(string odsCode, string programmeId, string hazardId) => $"{Of(odsCode, programmeId)}/hazards/{Uri.EscapeDataString(hazardId)}";

    public static string LocalHazard(string odsCode, string programmeId, string hazardId) => $"{Of(odsCode, programmeId)}/local-hazards/{Uri.EscapeDataString(hazardId)}";
}
