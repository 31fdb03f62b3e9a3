using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LaiChau.PlanRules.Office.Internal;
using Body = DocumentFormat.OpenXml.Wordprocessing.Body;

namespace LaiChau.PlanRules.Office.Docx;

/// <summary>A piece of paragraph text: plain, or a marked placeholder a person must fill in (bold, highlighted, in brackets).</summary>
internal readonly record struct Span(string Text, bool Placeholder = false, bool Bold = false, bool Italic = false)
{
    public static implicit operator Span(string text) => new(text);
}

/// <summary>
/// Builds a Word document in the form of Decree 30/2020/NĐ-CP: A4 portrait, margins 20/20/30/20 mm, Times New Roman
/// 14 pt, from small helpers (a run, a paragraph, a borderless layout table, a bordered list table). Styles are
/// defined once in the style part. Every document is marked "DỰ THẢO" in its page header.
/// </summary>
internal sealed class DocxBuilder
{
    /// <summary>Text width of an A4 portrait page less 30 + 20 mm margins, in twentieths of a point.</summary>
    public const int TextWidth = 9071;

    private readonly Body _body = new();
    private readonly Labels _l;

    public DocxBuilder(Labels labels) => _l = labels;

    public Body Body => _body;

    /// <summary>A marked placeholder: "[CẦN ĐIỀN: what]", or "[CẦN ĐIỀN]" in a narrow table cell.</summary>
    public Span Fill(string? what = null) => new($"[{_l.T("CẦN ĐIỀN", "TO FILL IN")}{(what is null ? string.Empty : ": " + what)}]", Placeholder: true);

    public static Run Run(Span s, int? halfPoints = null)
    {
        var rp = new RunProperties();
        if (s.Bold || s.Placeholder) rp.Bold = new Bold();
        if (s.Italic) rp.Italic = new Italic();
        if (halfPoints is { } size) rp.FontSize = new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (s.Placeholder) rp.Highlight = new Highlight { Val = HighlightColorValues.Yellow };
        var run = new Run(rp);
        var lines = SafeText.Clean(s.Text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A paragraph. <paramref name="firstLine"/> indents the first line by 1 cm (body text).</summary>
    public static Paragraph Para(IEnumerable<Span> spans, JustificationValues? align = null, int? halfPoints = null, bool firstLine = false, int after = 120, bool pageBreakBefore = false, bool keepNext = false)
    {
        var pp = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = after.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "264", LineRule = LineSpacingRuleValues.Auto },
        };
        if (align is { } a) pp.Justification = new Justification { Val = a };
        if (firstLine) pp.Indentation = new Indentation { FirstLine = "567" };
        if (pageBreakBefore) pp.PageBreakBefore = new PageBreakBefore();
        if (keepNext) pp.KeepNext = new KeepNext();
        var p = new Paragraph(pp);
        foreach (var s in spans) p.Append(Run(s, halfPoints));
        return p;
    }

    public static Paragraph Para(Span span, JustificationValues? align = null, int? halfPoints = null, int after = 120) => Para([span], align, halfPoints, after: after);

    public DocxBuilder Add(OpenXmlElement element)
    {
        _body.Append(element);
        return this;
    }

    /// <summary>Body text: justified, first line indented.</summary>
    public DocxBuilder Text(params Span[] spans) => Add(Para(spans, JustificationValues.Both, firstLine: true));

    public DocxBuilder Heading(string text, JustificationValues? align = null, bool pageBreakBefore = false) =>
        Add(Para([new Span(text, Bold: true)], align ?? JustificationValues.Left, after: 120, pageBreakBefore: pageBreakBefore, keepNext: true));

    /// <summary>A table without borders that lays out two blocks side by side (the document header, the signature).</summary>
    public static Table Layout(int leftWidth, IEnumerable<Paragraph> left, IEnumerable<Paragraph> right)
    {
        var t = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = W(leftWidth) }, new GridColumn { Width = W(TextWidth - leftWidth) }));
        // One row that never breaks across pages: a signature block (or the header) stays whole.
        t.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(leftWidth, left), Cell(TextWidth - leftWidth, right)));
        return t;
    }

    /// <summary>A bordered table with a repeated header row; <paramref name="widths"/> in twentieths of a point.</summary>
    public static Table Grid(int[] widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<Span>> rows, int halfPoints = 24, int? textWidth = null)
    {
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; b.Color = "000000"; return b; });
        var t = new Table(new TableProperties(
            new TableWidth { Width = W(textWidth ?? TextWidth), Type = TableWidthUnitValues.Dxa },
            new TableBorders((TopBorder)border(new TopBorder()), (LeftBorder)border(new LeftBorder()), (BottomBorder)border(new BottomBorder()), (RightBorder)border(new RightBorder()), (InsideHorizontalBorder)border(new InsideHorizontalBorder()), (InsideVerticalBorder)border(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = W(w) })));
        var head = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < widths.Length; i++) head.Append(Cell(widths[i], [Para([new Span(header[i], Bold: true)], JustificationValues.Center, halfPoints, after: 0)]));
        t.Append(head);
        foreach (var row in rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            if (row.Count == 1)
            {
                // A block heading across the whole table.
                tr.Append(Cell(widths.Sum(), [Para([row[0] with { Bold = true }], null, halfPoints, after: 0)], widths.Length));
            }
            else
            {
                for (var i = 0; i < widths.Length; i++) tr.Append(Cell(widths[i], [Para([row[i]], i == 1 ? JustificationValues.Left : JustificationValues.Center, halfPoints, after: 0)]));
            }

            t.Append(tr);
        }

        return t;
    }

    /// <summary>Saves the document: styles (Times New Roman 14 pt, Vietnamese), the "DỰ THẢO" header, A4 portrait and the Decree 30 margins.</summary>
    public void Save(Stream output, string headerMark, SectionProperties? last = null)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

        // Decree 30/2020/NĐ-CP (Phụ lục I): pages are numbered from the second, centred in the top margin. The first
        // page's header carries the draft mark alone; every other page's the number above it.
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(Para([new Span(headerMark, Bold: true)], JustificationValues.Right, 24, after: 0));
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(
            new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }),
            Para([new Span(headerMark, Bold: true)], JustificationValues.Right, 24, after: 0));
        var firstId = main.GetIdOfPart(first);
        var numberedId = main.GetIdOfPart(numbered);

        _body.Append(last ?? Portrait());
        var isFirst = true;
        foreach (var section in _body.Descendants<SectionProperties>())
        {
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = numberedId });
            if (isFirst)
            {
                section.PrependChild(new HeaderReference { Type = HeaderFooterValues.First, Id = firstId });
                section.Append(new TitlePage());
                isFirst = false;
            }
        }

        main.Document = new Document(_body);
        main.Document.Save();
    }

    /// <summary>A4 portrait; top and bottom 20 mm, left 30 mm, right 20 mm (Decree 30/2020/NĐ-CP, Appendix I).</summary>
    public static SectionProperties Portrait() => new(
        new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });

    /// <summary>A4 landscape for an annex, same margins turned.</summary>
    public static SectionProperties Landscape() => new(
        new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = 1701, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });

    /// <summary>Ends a section here (its properties go in an empty paragraph); what follows starts on a new page.</summary>
    public DocxBuilder EndSection(SectionProperties properties) => Add(new Paragraph(new ParagraphProperties(properties)));

    private static string W(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, int span = 1)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = W(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1) props.Append(new GridSpan { Val = span });
        var cell = new TableCell(props);
        cell.Append(paragraphs);
        return cell;
    }
}

/// <summary>Paragraph helpers.</summary>
internal static class ParagraphExtensions
{
    /// <summary>Indents the whole paragraph from the left by <paramref name="left"/> twentieths of a point.</summary>
    public static Paragraph With(this Paragraph p, int left)
    {
        p.ParagraphProperties!.Indentation = new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return p;
    }
}
