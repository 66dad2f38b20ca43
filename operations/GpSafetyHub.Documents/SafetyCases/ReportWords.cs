using System.Globalization;
using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Documents.Reports;
using GpSafetyHub.Hazards;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Documents.SafetyCases;

/// <summary>How the safety case documents say dates, ratings and the risk matrix.</summary>
internal static class ReportWords
{
    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "Not set";

    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    public static string Rating(RiskAssessment? risk) => risk is null ? "Not rated" : $"{risk.Rating.Value} ({HazardLogWorkbook.Words(risk.Severity)} × {HazardLogWorkbook.Words(risk.Likelihood).ToLowerInvariant()})";

    public static string Controls(IEnumerable<HazardControl> controls) =>
        string.Join('\n', controls.Select(c => $"{c.Description} ({HazardLogWorkbook.Words(c.Type).ToLowerInvariant()}{(c.State == ControlState.Additional ? ", still to be put in place" : "")})"));

    /// <summary>The DCB0160 matrix and what each rating means: the approach every rating in the document follows.</summary>
    public static IEnumerable<ReportBlock> RiskApproach()
    {
        yield return new ReportParagraph("Each hazard is rated before and after its controls by the severity of the harm and its likelihood, on the risk matrix of DCB0129 and DCB0160. A residual rating of 3 or more needs a written justification before the log is signed off.");
        yield return new ReportTable(
            "The risk matrix: rating by severity (rows) and likelihood (columns)",
            ["Severity", .. RiskMatrix.Likelihoods.Select(l => HazardLogWorkbook.Words(l))],
            RiskMatrix.Severities.Reverse().Select(s => (IReadOnlyList<string>)[HazardLogWorkbook.Words(s), .. RiskMatrix.Likelihoods.Select(l => RiskMatrix.Rate(s, l).ToString())]).ToArray());
        yield return new ReportTable(
            "What each rating means",
            ["Rating", "Acceptability"],
            Enumerable.Range(RiskRating.Lowest, RiskRating.Highest).Select(v => (IReadOnlyList<string>)[v.ToString(CultureInfo.InvariantCulture), new RiskRating(v).Acceptability]).ToArray());
    }
}
