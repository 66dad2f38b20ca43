using GpSafetyHub.Localisations;
using GpSafetyHub.Risk;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>The answers on the "assess a hazard" page, as the browser posts them.</summary>
public sealed class AssessForm
{
    /// <summary>"yes", "no", or nothing chosen.</summary>
    public string? Applies { get; set; }

    public string? Rationale { get; set; }

    public Severity? Severity { get; set; }

    public Likelihood? Likelihood { get; set; }

    public string? Justification { get; set; }

    /// <summary>The rows of controls posted; a post without any (null from the binder) has none.</summary>
    public List<ControlForm> Controls { get; set => field = value ?? []; } = [];

    /// <summary>Set when the person asked for another row of controls rather than saving.</summary>
    public string? AddControl { get; set; }

    /// <summary>The revision of the decision the person saw (0 before the first).</summary>
    public int ExpectedRevision { get; set; }

    public static AssessForm From(OverlayEntry? local) => new()
    {
        Applies = local is null ? null : local.Decision.Applicable ? "yes" : "no",
        Rationale = local?.Decision.Rationale,
        Severity = local?.Decision.LocalResidualRisk?.Severity,
        Likelihood = local?.Decision.LocalResidualRisk?.Likelihood,
        Justification = local?.Decision.LocalResidualRisk?.Justification,
        Controls = ControlForm.Rows(local?.Decision.LocalControls ?? []),
        ExpectedRevision = local?.Revision ?? 0,
    };

    /// <summary>Whether the person asked for another row of controls (then added) rather than to save.</summary>
    public bool AskedForAnotherControl() => ControlForm.AddRowIfAsked(AddControl, Controls);

    /// <summary>The decision these answers make, keeping what this page does not ask (owner, notes).</summary>
    public HazardDecision? Decision(OverlayEntry? local) => Applies switch
    {
        "no" => new HazardDecision(false, Rationale, [], null, null, local?.Decision.Notes),
        "yes" => new HazardDecision(
            true, Rationale, ControlForm.Given(Controls),
            Severity is { } severity && Likelihood is { } likelihood ? new RiskAssessment(severity, likelihood, Justification) : null,
            local?.Decision.LocalOwner, local?.Decision.Notes),
        _ => null,
    };
}
