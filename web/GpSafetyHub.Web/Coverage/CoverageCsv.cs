using System.Globalization;
using CsvHelper;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Coverage;
using GpSafetyHub.Web.SignIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GpSafetyHub.Web.Coverage;

/// <summary>An ICB's coverage rows as a CSV file, every row, for whoever may read that coverage.</summary>
internal static class CoverageCsv
{
    public static void MapCoverageCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/icbs/{icb}/coverage.csv", async (HttpContext http, string icb) =>
        {
            var session = WebSignIn.SessionFor(http);
            var rows = new List<GpSafetyHub.Coverage.CoverageRow>();
            try
            {
                IcbCoveragePage page;
                do
                {
                    page = await session.Run(new GetIcbCoverage(icb, First: GetIcbCoverage.MaxPage, Offset: rows.Count));
                    rows.AddRange(page.Rows);
                }
                while (rows.Count < page.TotalRows && page.Rows.Count > 0);
            }
            catch (Exception e) when (e is ForbiddenException or NotFoundException or ValidationFailedException)
            {
                return Results.NotFound();
            }

            await using var text = new StringWriter(CultureInfo.InvariantCulture);
            await using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
            {
                Write(csv, ["ods_code", "practice", "pcn_code", "programme_id", "status", "versions_behind", "not_assessed_hazards", "highest_local_residual_rating", "next_review_date", "overdue"]);
                foreach (var row in rows)
                    Write(csv,
                    [
                        row.OdsCode, row.PracticeName, row.PcnCode, row.ProgrammeId, row.Status.ToString(), Number(row.VersionsBehind), Number(row.NotAssessedHazards),
                        row.HighestLocalResidualRating is { } rating ? Number(rating) : null, row.NextReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Overdue ? "yes" : "no",
                    ]);
                await csv.FlushAsync();
            }

            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"coverage-{icb.Trim().ToUpperInvariant()}.csv");
        }).RequireAuthorization();

    private static void Write(CsvWriter csv, IEnumerable<string?> fields)
    {
        // A cell a spreadsheet would run as a formula (a practice named "=HYPERLINK(…)") is kept as text.
        foreach (var field in fields) csv.WriteField(field is [ '=' or '+' or '-' or '@', ..] ? "'" + field : field ?? "");
        csv.EndRecord();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
