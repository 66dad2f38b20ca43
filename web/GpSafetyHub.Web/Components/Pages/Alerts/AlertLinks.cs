namespace GpSafetyHub.Web.Components.Pages.Alerts;

/// <summary>Where an alert's pages are found. References are letters, digits and / - . ( ) _, all safe in a path as they are.</summary>
public static class AlertLinks
{
    public static string Of(string reference) => $"/alerts/{reference}";

    public static string ForPractice(string odsCode, string reference) => $"/practices/{Uri.EscapeDataString(odsCode)}/alerts/{reference}";
}
