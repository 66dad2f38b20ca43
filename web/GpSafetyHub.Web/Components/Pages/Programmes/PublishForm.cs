using GpSafetyHub.Programmes;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Programmes;

/// <summary>Publishing a version: what changed in it, the CSO's sign-off, and the draft revision they reviewed.</summary>
public sealed class PublishForm : SignatoryForm
{
    public string? Summary { get; set; }

    public int ExpectedDraftRevision { get; set; }

    public CsoSignOff SignOff() => new(Name ?? "", Role ?? "", ProfessionalRegistration ?? "", Statement ?? "");

    public static readonly (string, string, string)[] PublishInputs = [.. Inputs, ("summary", "summary", "What changed in this version")];
}
