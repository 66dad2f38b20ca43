using GpSafetyHub.Localisations;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>The answers on the sign-off page, as the browser posts them.</summary>
public sealed class SignOffForm : SignatoryForm
{
    /// <summary>The revision of the localisation the signatory reviewed.</summary>
    public int ExpectedRevision { get; set; }

    public PracticeSignOff SignOff() => new(Name ?? "", Role ?? "", ProfessionalRegistration, Statement ?? "");
}
