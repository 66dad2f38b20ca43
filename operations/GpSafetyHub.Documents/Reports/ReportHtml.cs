using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GpSafetyHub.Documents.Reports;

/// <summary>A report as one self-contained HTML page laid out for reading and printing, with no script and nothing loaded from elsewhere.</summary>
public static class ReportHtml
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string StyleSheet =
        "body{font-family:Arial,Helvetica,sans-serif;color:#212b32;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}" +
        "h1{font-size:2rem;margin-bottom:0}.subtitle{font-size:1.25rem;color:#4c6272;margin-top:.25rem}h2{font-size:1.4rem;margin-top:2rem}" +
        "p{white-space:pre-line}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #d8dde0;padding:.4rem;text-align:left;vertical-align:top;white-space:pre-line}" +
        "th{background:#f0f4f5}caption{text-align:left;font-weight:bold;padding:.25rem 0}dl{display:grid;grid-template-columns:16rem 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}" +
        "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}";

    /// <summary>The page's policy: its own style sheet, by hash, and nothing else.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(StyleSheet)))}'; frame-ancestors 'none'";

    public static byte[] Write(Report report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(E(report.Title)).Append(" – ").Append(E(report.Subtitle))
            .Append("</title><style>").Append(StyleSheet).Append("</style></head><body><main><h1>").Append(E(report.Title)).Append("</h1><p class=\"subtitle\">")
            .Append(E(report.Subtitle)).Append("</p>");
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    html.Append("<h2>").Append(E(heading.Text)).Append("</h2>");
                    break;
                case ReportParagraph paragraph:
                    html.Append("<p>").Append(E(paragraph.Text)).Append("</p>");
                    break;
                case ReportFacts facts:
                    html.Append("<dl>");
                    foreach (var (label, value) in facts.Rows) html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>");
                    html.Append("</dl>");
                    break;
                case ReportTable table:
                    html.Append("<table><caption>").Append(E(table.Caption)).Append("</caption><thead><tr>");
                    foreach (var header in table.Headers) html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
                    html.Append("</tr></thead><tbody>");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
                        html.Append("</tr>");
                    }

                    html.Append("</tbody></table>");
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(html.Append("</main></body></html>").ToString());
    }

    // Escapes markup, keeping letters and signs such as "×" and "—" as they are (the page is UTF-8).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);
}
