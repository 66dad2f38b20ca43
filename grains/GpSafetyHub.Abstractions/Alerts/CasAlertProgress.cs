using GpSafetyHub.Coverage;

namespace GpSafetyHub.Alerts;

/// <summary>
/// Who an alert concerns and how each practice stands with it: the one definition, used by the
/// alert's status, ICB coverage, a practice's open alerts and the reminder scan.
/// </summary>
public static class CasAlertProgress
{
    /// <summary>
    /// Whether the alert concerns the practice: it belongs to one of the alert's ICBs, or it has
    /// joined (and not left) one of the alert's programmes.
    /// </summary>
    public static bool Affects(CasAlertDetails alert, PracticeCoverage row) =>
        row.Practice is { } practice
        && (alert.IcbCodes.Contains(practice.Details.IcbCode) || practice.MergedFromIcbCodes.Any(alert.IcbCodes.Contains)
            || row.Localisations.Any(l => l.MouExpiresOn is not null && l.LeftOn is null && alert.ProgrammeIds.Contains(l.ProgrammeId)));

    /// <summary>
    /// The practices among <paramref name="rows"/> the alert concerns or that have a record
    /// against it, by ODS code, as they stand on <paramref name="today"/>.
    /// </summary>
    public static IReadOnlyList<CasAlertPractice> Practices(
        CasAlertView view, IReadOnlyDictionary<string, CasPracticeResponse> records, IEnumerable<PracticeCoverage> rows, DateOnly today)
    {
        var alert = view.Details;
        var practices = new List<CasAlertPractice>();
        foreach (var row in rows)
        {
            if (row.Practice is not { } practice) continue;
            var record = records.GetValueOrDefault(row.OdsCode);
            var affected = Affects(alert, row);
            if (!affected && record is null) continue;
            var status = Status(record);
            var open = CasAlertPractice.IsOutstanding(affected, status);
            practices.Add(new CasAlertPractice(
                view.Reference, row.OdsCode, practice.Details.Name, practice.Details.IcbCode, affected, status,
                open && status == CasPracticeStatus.Unacknowledged && alert.AcknowledgeBy < today,
                open && alert.ActionCompleteBy < today,
                record));
        }

        practices.Sort((a, b) => string.CompareOrdinal(a.OdsCode, b.OdsCode));
        return practices;
    }

    public static CasPracticeStatus Status(CasPracticeResponse? record) => record switch
    {
        { Latest.Outcome: CasResponseOutcome.ActionComplete } => CasPracticeStatus.ActionComplete,
        { Latest.Outcome: CasResponseOutcome.ActionNotRequired } => CasPracticeStatus.ActionNotRequired,
        { Acknowledged: not null } => CasPracticeStatus.Acknowledged,
        _ => CasPracticeStatus.Unacknowledged,
    };
}
