namespace GpSafetyHub.Documents;

/// <summary>A document the hub produced from its records, ready to download.</summary>
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Csv = "text/csv; charset=utf-8";

    /// <summary>The bytes as base64, for a front door that carries text (the GraphQL API).</summary>
    public string ContentBase64 => Convert.ToBase64String(Content);
}
