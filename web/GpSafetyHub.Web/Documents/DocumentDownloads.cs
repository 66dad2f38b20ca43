using GpSafetyHub.Documents;
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
        foreach (var format in Enum.GetValues<TableFormat>())
        {
            var extension = format.ToString().ToLowerInvariant();
            endpoints.MapGet($"/icbs/{{icb}}/coverage.{extension}", (HttpContext http, string icb) => DownloadAsync(http, new ExportIcbCoverage(icb, format)))
                .RequireAuthorization();
            endpoints.MapGet($"/practices/{{ods}}/cas-alert-log.{extension}", (HttpContext http, string ods) => DownloadAsync(http, new ExportPracticeAlertLog(ods, format)))
                .RequireAuthorization();
        }
    }

    /// <summary>The document, or "not found" for a record that is missing or out of the person's reach (the same answer for both).</summary>
    private static async Task<IResult> DownloadAsync(HttpContext http, IOperation<DocumentFile> export)
    {
        try
        {
            var file = await WebSignIn.SessionFor(http).Run(export);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException or ValidationFailedException)
        {
            return Results.NotFound();
        }
    }
}
