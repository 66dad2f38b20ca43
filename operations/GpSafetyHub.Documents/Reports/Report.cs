namespace GpSafetyHub.Documents.Reports;

/// <summary>
/// A report as headings, paragraphs, facts and tables: one content model, written as DOCX (for
/// Word and DTAC uploads) and as a printable HTML page, so both say exactly the same.
/// </summary>
public sealed record Report(string Title, string Subtitle, string FileStem, IReadOnlyList<ReportBlock> Blocks);

public abstract record ReportBlock;

public sealed record ReportHeading(string Text) : ReportBlock;

/// <summary>A paragraph; line breaks in the text are kept.</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>Labelled facts, as a summary list: "Version: 2".</summary>
public sealed record ReportFacts(IReadOnlyList<(string Label, string Value)> Rows) : ReportBlock;

public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>How a report is taken away.</summary>
public enum ReportFormat
{
    Docx = 1,
    Html = 2,
}

public static class ReportFiles
{
    public static DocumentFile As(this Report report, ReportFormat format) => format switch
    {
        ReportFormat.Html => new DocumentFile($"{report.FileStem}.html", ReportHtml.ContentType, ReportHtml.Write(report)),
        _ => new DocumentFile($"{report.FileStem}.docx", DocumentFile.Docx, ReportDocx.Write(report)),
    };
}
