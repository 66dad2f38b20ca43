using System.Text;
using GpSafetyHub.Documents.Reports;
using GpSafetyHub.Documents.SafetyCases;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.Unit.Documents;

/// <summary>The Clinical Safety Case Report, read back from the DOCX and the HTML page: the same sections, with the records' values.</summary>
public sealed class SafetyCaseReportTests
{
    private static readonly string[] Sections =
    [
        "1. Purpose and scope", "2. The system and its intended use", "3. Clinical risk management approach", "4. Hazard summary",
        "5. Hazards with a residual rating of 3 or more", "6. Open hazards", "7. Clinical safety statement", "8. Version history",
    ];

    private static Report Report => SafetyCaseReport.For(DocumentSamples.Programme, DocumentSamples.Published);

    [Fact]
    public void The_DOCX_is_valid_with_every_section_as_a_heading_and_the_CSO_s_sign_off()
    {
        var file = Report.As(ReportFormat.Docx);

        Assert.Equal("safety-case-report-ai-scribe-v1.docx", file.FileName);
        Assert.Empty(WordDocuments.ValidationErrors(file.Content));
        var paragraphs = WordDocuments.Paragraphs(file.Content);
        Assert.Equal(("Title", "Clinical Safety Case Report"), paragraphs[0]);
        Assert.Equal(Sections, paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
        Assert.Contains(("", "Fit for deployment."), paragraphs);

        var tables = WordDocuments.Tables(file.Content);
        var control = tables[0];
        Assert.Contains(["Signed off by", "Dr Ada Lovelace, Clinical Safety Officer (GMC 1234567)"], control);
        Assert.Contains(["Published", "2 November 2026"], control);
        Assert.Contains(tables, t => t.Any(r => r.SequenceEqual(["Supplier's clinical safety case (DCB0129)", "NW-CSC-2026-04"])));
        var summary = tables.Single(t => t[0].SequenceEqual(["ID", "Hazard", "Status", "Initial rating", "Residual rating"]));
        // DCB0160's matrix: major × medium is 3; major × very low is 2; major × low is 3.
        Assert.Equal(["H-001", "Note saved to the wrong patient", "Open", "3 (Major × medium)", "2 (Major × very low)"], summary[1]);
        Assert.Equal(["H-002", "=HYPERLINK(\"http://evil.example\",\"click\")", "Closed", "3 (Major × medium)", "Not rated"], summary[2]);
        var justified = tables.Single(t => t[0].SequenceEqual(["ID", "Hazard", "Residual rating", "Justification"]));
        Assert.Equal(["H-003", "Dose misheard", "3 (Major × low)", "Further reduction is impractical: the clinician reviews every dose."], Assert.Single(justified.Skip(1)));
        var open = tables.Single(t => t[0].SequenceEqual(["ID", "Hazard", "Controls", "Owner", "Review by"]));
        Assert.Equal(["H-001", "H-003"], open.Skip(1).Select(r => r[0]));
        Assert.Equal("Patient banner on every draft (system design)\nRead-back before filing (business process, still to be put in place)", open[1][2]);
        Assert.Contains(tables, t => t.Any(r => r.SequenceEqual(["1", "2 November 2026", "Dr Ada Lovelace", "First version"])));
    }

    [Fact]
    public void The_printable_page_says_the_same_with_no_script_and_user_text_escaped()
    {
        var file = Report.As(ReportFormat.Html);

        Assert.Equal("safety-case-report-ai-scribe-v1.html", file.FileName);
        var html = Encoding.UTF8.GetString(file.Content);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.All(Sections, s => Assert.Contains($"<h2>{s}</h2>", html, StringComparison.Ordinal));
        Assert.Contains("<dt>Signed off by</dt><dd>Dr Ada Lovelace, Clinical Safety Officer (GMC 1234567)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<td>H-003</td><td>Dose misheard</td><td>3 (Major × low)</td>", html, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
