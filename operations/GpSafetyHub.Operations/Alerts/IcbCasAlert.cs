using GpSafetyHub.Alerts;

namespace GpSafetyHub.Operations.Alerts;

/// <summary>An alert with its figures for one ICB.</summary>
public sealed record IcbCasAlert(CasAlertView Alert, CasAlertTotals Totals);
