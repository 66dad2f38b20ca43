namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>Carrying a localisation forward: the revision of the localisation the person saw.</summary>
public sealed class CarryForwardForm
{
    public int ExpectedRevision { get; set; }
}
