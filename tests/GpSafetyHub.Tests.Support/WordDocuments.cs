using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GpSafetyHub.Tests.Support;

/// <summary>Reads a generated DOCX back: its paragraphs in order (table cells' too), and what the Open XML SDK's validator finds wrong.</summary>
public static class WordDocuments
{
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
    }

    /// <summary>Every paragraph's text (a line break read as "\n"), with the style it names, in document order.</summary>
    public static IReadOnlyList<(string Style, string Text)> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", TextOf(p)))
            .ToArray();
    }

    /// <summary>Each table's rows as cell text, in document order.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(TextOf))).ToArray()).ToArray())
            .ToArray();
    }

    private static string TextOf(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text, Break => "\n", _ => "" }));
}
