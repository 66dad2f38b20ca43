namespace GpSafetyHub.Alerts;

/// <summary>How a practice answered an alert.</summary>
public enum CasResponseOutcome
{
    /// <summary>The action required was done; the response says what was done.</summary>
    ActionComplete = 1,

    /// <summary>The alert does not call for action here; the response says why.</summary>
    ActionNotRequired = 2,
}
