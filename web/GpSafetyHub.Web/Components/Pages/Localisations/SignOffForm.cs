using GpSafetyHub.Localisations;

namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>The answers on the sign-off page, as the browser posts them.</summary>
public sealed class SignOffForm
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? ProfessionalRegistration { get; set; }

    public string? Statement { get; set; }

    /// <summary>The revision of the localisation the signatory reviewed.</summary>
    public int ExpectedRevision { get; set; }

    public PracticeSignOff SignOff() => new(Name ?? "", Role ?? "", ProfessionalRegistration, Statement ?? "");
}
