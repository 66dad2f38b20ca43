using GpSafetyHub.Alerts;
using GpSafetyHub.Documents.Spreadsheets;
using GpSafetyHub.Documents.Tables;

namespace GpSafetyHub.Documents.Alerts;

/// <summary>
/// A practice's CAS alert log, as an inspector asks for it: every alert that concerned it, when and
/// by whom it was acknowledged, what was done or why nothing was needed, against the deadlines.
/// </summary>
public static class AlertLogTable
{
    private static readonly TableColumn[] Columns =
    [
        new("CAS reference", "reference", 24), new("Title", "title", 40), new("Type", "type", 24), new("Issued", "issued_on", 12),
        new("Acknowledge by", "acknowledge_by", 12), new("Acknowledged", "acknowledged_on", 12), new("Acknowledged by", "acknowledged_by", 20),
        new("Action complete by", "action_complete_by", 12), new("Outcome", "outcome", 18), new("What was done, or why nothing was needed", "response", 50),
        new("Responded", "responded_on", 12), new("Responded by", "responded_by", 20), new("Where it stands", "status", 18), new("Overdue", "overdue", 10),
    ];

    public static DocumentFile For(string odsCode, IReadOnlyList<(CasAlertView Alert, CasAlertPractice Standing)> alerts, TableFormat format) =>
        new DocumentTable($"CAS alerts {odsCode}", Columns, alerts.OrderByDescending(a => a.Alert.Details.IssuedOn).ThenBy(a => a.Alert.Reference, StringComparer.Ordinal).Select(Row).ToArray())
            .As(format, $"cas-alert-log-{odsCode}");

    private static IReadOnlyList<SheetCell> Row((CasAlertView Alert, CasAlertPractice Standing) entry)
    {
        var (alert, standing) = entry;
        var acknowledged = standing.Record?.Acknowledged;
        var response = standing.Record?.Latest;
        return
        [
            alert.Reference, alert.Details.Title, CasAlertTypes.Describe(alert.Details.Type), SheetCell.Of(alert.Details.IssuedOn),
            SheetCell.Of(alert.Details.AcknowledgeBy), SheetCell.Of(Day(acknowledged?.At)), acknowledged?.By.Name,
            SheetCell.Of(alert.Details.ActionCompleteBy), response is null ? null : Words(response.Outcome), response?.Details,
            SheetCell.Of(Day(response?.At)), response?.By.Name, Words(standing.Status),
            standing.AcknowledgeOverdue || standing.ActionOverdue ? "yes" : "no",
        ];
    }

    private static DateOnly? Day(DateTimeOffset? at) => at is { } moment ? DateOnly.FromDateTime(moment.UtcDateTime) : null;

    private static string Words(CasResponseOutcome outcome) => outcome switch
    {
        CasResponseOutcome.ActionComplete => "Action complete",
        _ => "No action needed",
    };

    private static string Words(CasPracticeStatus status) => status switch
    {
        CasPracticeStatus.Unacknowledged => "Not acknowledged",
        CasPracticeStatus.Acknowledged => "Acknowledged",
        CasPracticeStatus.ActionComplete => "Action complete",
        _ => "No action needed",
    };
}
