using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;

namespace GpSafetyHub.Documents.HazardLogs;

/// <summary>A hazard log file as read: each row with the hazard it becomes, or what is wrong with it (the column and the rule).</summary>
public sealed record HazardLogFile(string FileName, string Digest, IReadOnlyList<HazardLogRow> Rows)
{
    public bool HasProblems => Rows.Any(r => r.Problems.Count > 0);
}

/// <summary>One row of the file: its number as a spreadsheet shows it, and the hazard it becomes unless it has problems or is <see cref="Skipped"/> (and why).</summary>
public sealed record HazardLogRow(int Row, string? Title, HazardContent? Hazard, IReadOnlyList<FieldViolation> Problems, string? Skipped = null);
