using GpSafetyHub.Alerts;

namespace GpSafetyHub.Web.Components.Pages.Alerts;

/// <summary>A practice's answer to an alert, as the browser posts it.</summary>
public sealed class AlertAnswerForm
{
    /// <summary>"acknowledge" for the acknowledgement, "respond" for a response.</summary>
    public string? Step { get; set; }

    public CasResponseOutcome? Outcome { get; set; }

    public string? Details { get; set; }
}
