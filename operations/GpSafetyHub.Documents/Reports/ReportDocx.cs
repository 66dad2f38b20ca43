using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GpSafetyHub.Documents.Reports;

/// <summary>A report as a Word document: the title, numbered headings (Word's Heading 1, so they navigate), paragraphs and bordered tables.</summary>
public static class ReportDocx
{
    public static byte[] Write(Report report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Paragraph(report.Title, "Title"), Paragraph(report.Subtitle, "Subtitle"));
            foreach (var block in report.Blocks)
            {
                switch (block)
                {
                    case ReportHeading heading:
                        body.Append(Paragraph(heading.Text, "Heading1"));
                        break;
                    case ReportParagraph paragraph:
                        body.Append(Paragraph(paragraph.Text));
                        break;
                    case ReportFacts facts:
                        body.Append(Table(null, facts.Rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Value]).ToArray(), boldFirstColumn: true), Paragraph(""));
                        break;
                    case ReportTable table:
                        body.Append(Paragraph(table.Caption, "Caption"), Table(table.Headers, table.Rows, boldFirstColumn: false), Paragraph(""));
                        break;
                }
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style = null, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var lines = text.Split('\n');
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return paragraph;
    }

    private static Table Table(IReadOnlyList<string>? headers, IReadOnlyList<IReadOnlyList<string>> rows, bool boldFirstColumn)
    {
        var border = new Func<OpenXmlElement>[]
        {
            // In the order the schema requires: top, left, bottom, right, then inside.
            () => new TopBorder { Val = BorderValues.Single, Size = 4 }, () => new LeftBorder { Val = BorderValues.Single, Size = 4 },
            () => new BottomBorder { Val = BorderValues.Single, Size = 4 }, () => new RightBorder { Val = BorderValues.Single, Size = 4 },
            () => new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, () => new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var columns = headers?.Count ?? rows.Select(r => r.Count).DefaultIfEmpty(1).Max();
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableBorders(border.Select(b => b()))),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9638 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (headers is not null)
            table.Append(new TableRow(
                [new TableRowProperties(new TableHeader()), .. headers.Select(h => new TableCell(Paragraph(h, bold: true)))]));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select((cell, i) => new TableCell(Paragraph(cell, bold: boldFirstColumn && i == 0)))));
        return table;
    }

    // The styles the paragraphs name: Word's own ids, so its navigation pane and outline find the headings.
    private static Styles Styles() => new(
        Style("Normal", "Normal", null, size: 22),
        Style("Title", "Title", "Normal", size: 48, bold: true),
        Style("Subtitle", "Subtitle", "Normal", size: 28),
        Style("Heading1", "heading 1", "Normal", size: 32, bold: true, outline: 0),
        Style("Caption", "caption", "Normal", size: 22, bold: true));

    private static Style Style(string id, string name, string? basedOn, int size, bool bold = false, int? outline = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { After = "120" });
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        style.Append(run);
        return style;
    }
}
