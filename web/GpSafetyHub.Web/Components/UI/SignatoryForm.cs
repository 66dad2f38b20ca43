namespace GpSafetyHub.Web.Components.UI;

/// <summary>Who signs, as the browser posts it: a CSO publishing a version and a practice signing off answer the same questions.</summary>
public abstract class SignatoryForm
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? ProfessionalRegistration { get; set; }

    public string? Statement { get; set; }

    /// <summary>The hub's names for the sign-off's fields, against the boxes <see cref="SignatoryFields"/> asks them in.</summary>
    public static readonly (string, string, string)[] Inputs =
    [
        ("signOff.name", "name", "Your name"),
        ("signOff.role", "role", "Your role"),
        ("signOff.professionalRegistration", "registration", "Your professional registration"),
        ("signOff.statement", "statement", "Your statement"),
    ];
}
