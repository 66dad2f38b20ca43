using GpSafetyHub.Coverage;
using GpSafetyHub.Documents.Spreadsheets;
using GpSafetyHub.Documents.Tables;

namespace GpSafetyHub.Documents.Coverage;

/// <summary>An ICB's coverage rows as the dashboard's table shows them, every row.</summary>
public static class CoverageTable
{
    private static readonly TableColumn[] Columns =
    [
        new("ODS code", "ods_code", 10), new("Practice", "practice", 34), new("PCN", "pcn_code", 10), new("Programme", "programme_id", 24),
        new("Status", "status", 12), new("Versions behind", "versions_behind", 10), new("Hazards not assessed", "not_assessed_hazards", 10),
        new("Highest local residual rating", "highest_local_residual_rating", 10), new("Next review", "next_review_date", 12), new("Review overdue", "overdue", 10),
    ];

    public static DocumentFile For(string icb, IReadOnlyList<CoverageRow> rows, TableFormat format) =>
        new DocumentTable($"Coverage {icb}", Columns, rows.Select(Row).ToArray()).As(format, $"coverage-{icb}");

    private static IReadOnlyList<SheetCell> Row(CoverageRow row) =>
    [
        row.OdsCode, row.PracticeName, row.PcnCode, row.ProgrammeId, row.Status.ToString(), SheetCell.Of(row.VersionsBehind), SheetCell.Of(row.NotAssessedHazards),
        row.HighestLocalResidualRating is { } rating ? SheetCell.Of(rating) : SheetCell.Empty, SheetCell.Of(row.NextReviewDate), row.Overdue ? "yes" : "no",
    ];
}
