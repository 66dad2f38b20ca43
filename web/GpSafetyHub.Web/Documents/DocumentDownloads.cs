using GpSafetyHub.Documents;
using GpSafetyHub.Documents.Reports;
using GpSafetyHub.Documents.Tables;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations;
using GpSafetyHub.Operations.Documents;
using GpSafetyHub.Web.SignIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GpSafetyHub.Web.Documents;

/// <summary>The documents the pages offer as downloads, each produced by its operation under the same rule as the page.</summary>
internal static class DocumentDownloads
{
    public static void MapDocumentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/programmes/{id}/hazard-log.xlsx", (HttpContext http, string id, int? version) => DownloadAsync(http, new ExportHazardLog(id, version)))
            .RequireAuthorization();
        endpoints.MapGet("/programmes/{id}/versions/{version:int}/safety-case-report.docx", (HttpContext http, string id, int version) =>
            DownloadAsync(http, new ExportSafetyCaseReport(id, version, ReportFormat.Docx))).RequireAuthorization();
        endpoints.MapGet("/programmes/{id}/versions/{version:int}/safety-case-report", (HttpContext http, string id, int version) =>
            DownloadAsync(http, new ExportSafetyCaseReport(id, version, ReportFormat.Html), inline: true)).RequireAuthorization();
        endpoints.MapGet("/practices/{ods}/programmes/{id}/safety-case.docx", (HttpContext http, string ods, string id) =>
            DownloadAsync(http, new ExportLocalisedSafetyCase(id, ods, ReportFormat.Docx))).RequireAuthorization();
        endpoints.MapGet("/practices/{ods}/programmes/{id}/safety-case", (HttpContext http, string ods, string id) =>
            DownloadAsync(http, new ExportLocalisedSafetyCase(id, ods, ReportFormat.Html), inline: true)).RequireAuthorization();
        foreach (var format in Enum.GetValues<TableFormat>())
        {
            var extension = format.ToString().ToLowerInvariant();
            endpoints.MapGet($"/icbs/{{icb}}/coverage.{extension}", (HttpContext http, string icb) => DownloadAsync(http, new ExportIcbCoverage(icb, format)))
                .RequireAuthorization();
            endpoints.MapGet($"/icbs/{{icb}}/deployments.{extension}", (HttpContext http, string icb, string? programme) =>
                DownloadAsync(http, new ExportDeploymentPipeline(icb, format, string.IsNullOrEmpty(programme) ? null : programme))).RequireAuthorization();
            endpoints.MapGet($"/practices/{{ods}}/cas-alert-log.{extension}", (HttpContext http, string ods) => DownloadAsync(http, new ExportPracticeAlertLog(ods, format)))
                .RequireAuthorization();
        }
    }

    /// <summary>The document, or "not found" for a record that is missing or out of the person's reach (the same answer for both).</summary>
    /// <remarks>An <paramref name="inline"/> document is an HTML page shown in the browser, under its own policy (its style sheet, nothing else).</remarks>
    private static async Task<IResult> DownloadAsync(HttpContext http, IOperation<DocumentFile> export, bool inline = false)
    {
        try
        {
            var file = await WebSignIn.SessionFor(http).Run(export);
            if (!inline) return Results.File(file.Content, file.ContentType, file.FileName);
            http.Response.Headers.ContentSecurityPolicy = ReportHtml.ContentSecurityPolicy;
            return Results.Bytes(file.Content, file.ContentType);
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException or ValidationFailedException)
        {
            return Results.NotFound();
        }
    }
}
