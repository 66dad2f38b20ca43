using Microsoft.AspNetCore.Http;

namespace GpSafetyHub.Web.Components.Pages.Programmes;

/// <summary>The hazard log file the CSO chose.</summary>
public sealed class ImportUploadForm
{
    public IFormFile? File { get; set; }
}

/// <summary>The previewed file, posted back to be imported: the preview said what it would do, so the same bytes are imported.</summary>
public sealed class ImportConfirmForm
{
    public string? FileName { get; set; }

    public string? ContentBase64 { get; set; }
}
