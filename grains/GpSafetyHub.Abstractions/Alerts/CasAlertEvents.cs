
namespace GpSafetyHub.Alerts;

/// <summary>A change to a CAS alert's record. The discriminators are stored: never rename one.</summary>
public abstract record CasAlertEvent;

public sealed record CasAlertRecorded(string Reference, CasAlertDetails Details) : CasAlertEvent;

public sealed record CasAlertAmended(CasAlertDetails Details, IReadOnlyList<string> ChangedFields) : CasAlertEvent;
