namespace GpSafetyHub.Alerts;

/// <summary>Where an affected practice stands with an alert. Derived from its record, never stored.</summary>
public enum CasPracticeStatus
{
    Unacknowledged = 1,
    Acknowledged = 2,
    ActionComplete = 3,
    ActionNotRequired = 4,
}
