using GpSafetyHub.Reminders;

namespace GpSafetyHub.Jobs;

/// <summary>Where in the hub the reader of a reminder does what it asks.</summary>
public static class ReminderLinks
{
    /// <summary>
    /// The page for the item in the web application: a practice's SOP and localisation reviews are
    /// done on its localisation page, its CAS alerts on the alert's page. Actions the web
    /// application has no page for yet are taken through the API, so those link to the hub's
    /// GraphQL explorer, where the reader signs in.
    /// </summary>
    public static Uri For(ReminderItem item, Uri publicUrl)
    {
        var root = publicUrl.AbsoluteUri.EndsWith('/') ? publicUrl : new Uri(publicUrl.AbsoluteUri + "/");
        return new Uri(root, item switch
        {
            { Kind: ReminderKind.SopReview or ReminderKind.LocalisationReview, OdsCode: { } ods, ProgrammeId: { } programme } =>
                $"practices/{Uri.EscapeDataString(ods)}/programmes/{Uri.EscapeDataString(programme)}",
            { Kind: ReminderKind.CasAlertIssued or ReminderKind.CasAlertAcknowledge or ReminderKind.CasAlertAction, OdsCode: { } ods, AlertReference: { } reference } =>
                // A reference's slashes are part of the page's address (NATPSA/2026/001/NHSPS), each part escaped on its own.
                $"practices/{Uri.EscapeDataString(ods)}/alerts/{string.Join('/', reference.Split('/').Select(Uri.EscapeDataString))}",
            { Kind: ReminderKind.DeploymentStepOverdue, OdsCode: { } ods, ProgrammeId: { } programme } =>
                $"practices/{Uri.EscapeDataString(ods)}/deployments/{Uri.EscapeDataString(programme)}",
            _ => "graphql",
        });
    }

    /// <summary>The sentence telling the reader where to act, with the link when the hub's address is known.</summary>
    public static string HowToAct(ReminderItem item, Uri? publicUrl) => publicUrl is null
        ? "Sign in to GP Safety Hub to do this."
        : $"Sign in to GP Safety Hub at {For(item, publicUrl)} to do this.";
}
