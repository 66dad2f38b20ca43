namespace GpSafetyHub.Grains.Alerts;

/// <summary>Deadlines given to alerts recorded without their own (configuration section <c>CasAlerts</c>).</summary>
public sealed class CasAlertOptions
{
    public const string SectionName = "CasAlerts";

    /// <summary>Days from issue to acknowledge; CAS asks for acknowledgement within two working days.</summary>
    public int AcknowledgeWithinDays { get; set; } = 2;

    /// <summary>Days from issue to complete the action.</summary>
    public int ActionCompleteWithinDays { get; set; } = 28;
}
