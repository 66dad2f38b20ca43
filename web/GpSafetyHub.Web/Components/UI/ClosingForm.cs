namespace GpSafetyHub.Web.Components.UI;

/// <summary>Closing a hazard: the reason, and the revision of the hazard the person saw.</summary>
public sealed class ClosingForm
{
    public string? Reason { get; set; }

    public int ExpectedRevision { get; set; }
}
