using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan.Import.Docx;

/// <summary>
/// The text of a plan in a Word .docx, in the form <see cref="PlanImporter"/> reads: one line per paragraph, in body
/// order; a table whose header names the appendix columns (a cell with "chủ trì") as rows <c>| cell | cell |</c>; any
/// other table (the layout of the header, "Nơi nhận" and the signature) as the paragraphs of its cells, row by row and
/// cell by cell. Numbers typed in the text are kept; the labels Word's automatic list numbering draws ("1.", "a)", "I.",
/// from numbering.xml) are computed and written before their paragraph's text, as if typed (<see cref="WordListNumbering"/>).
/// </summary>
public static class DocxPlanText
{
    /// <summary>Reads the body text of a .docx.</summary>
    /// <param name="docx">The .docx file.</param>
    /// <param name="fileName">The file name, used in messages.</param>
    /// <returns>The text, one line per paragraph or appendix row.</returns>
    /// <exception cref="PlanRulesInputException">The file is not a Word .docx, or its body has no text.</exception>
    public static string Read(Stream docx, string fileName)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var lines = new List<string>();
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            var numbering = WordListNumbering.Of(document.MainDocumentPart);
            foreach (var element in body?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
            {
                switch (element)
                {
                    case Paragraph p:
                        lines.AddRange(ParagraphLines(p, numbering));
                        break;
                    case Table t:
                        lines.AddRange(TableLines(t, numbering));
                        break;
                }
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            throw new PlanRulesInputException(new LocalizedText($"Tệp không phải là văn bản Word .docx đọc được ({e.Message.TrimEnd('.')}).", $"The file is not a Word .docx document that can be read ({e.Message.TrimEnd('.')})."), fileName, innerException: e);
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            throw new PlanRulesInputException(new LocalizedText("Tệp .docx không có nội dung văn bản để nhập.", "The .docx file has no body text to import."), fileName);
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Reads a .docx and imports the plan it holds.</summary>
    /// <param name="docx">The .docx file.</param>
    /// <param name="fileName">The file name, used in messages and in the draft's note.</param>
    /// <param name="options">The import options; defaults when null.</param>
    /// <returns>The draft plan and the review report (line numbers are those of <see cref="Read"/>'s text).</returns>
    /// <exception cref="PlanRulesInputException">The file is not a .docx, has no body text, or is not a plan.</exception>
    public static PlanImportResult Import(Stream docx, string fileName, PlanImportOptions? options = null) =>
        PlanImporter.Import(new StringReader(Read(docx, fileName)), fileName, options);

    /// <summary>A paragraph's text, after the label its list numbering draws, if any; a line break inside it (Shift+Enter) starts a new line.</summary>
    private static IEnumerable<string> ParagraphLines(Paragraph paragraph, WordListNumbering numbering)
    {
        var sb = new StringBuilder();
        if (numbering.Next(paragraph) is { } label) sb.Append(label).Append(' ');
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    yield return sb.ToString();
                    sb.Clear();
                    break;
            }
        }

        yield return sb.ToString();
    }

    private static IEnumerable<string> TableLines(Table table, WordListNumbering numbering)
    {
        var rows = table.Elements<TableRow>().ToList();
        var isAppendix = rows.Count > 0 && rows[0].Elements<TableCell>().Any(c => PlainText(c).Contains("chủ trì", StringComparison.OrdinalIgnoreCase));
        foreach (var row in rows)
        {
            var cells = row.Elements<TableCell>().ToList();
            if (isAppendix)
            {
                yield return "| " + string.Join(" | ", cells.Select(c => CellText(c, numbering).Replace('|', '/'))) + " |";
                continue;
            }

            foreach (var cell in cells)
            {
                foreach (var p in cell.Elements<Paragraph>())
                {
                    foreach (var line in ParagraphLines(p, numbering)) yield return line;
                }

                foreach (var inner in cell.Elements<Table>())
                {
                    foreach (var line in TableLines(inner, numbering)) yield return line;
                }
            }
        }
    }

    private static string CellText(TableCell cell, WordListNumbering numbering) =>
        string.Join(' ', cell.Elements<Paragraph>().SelectMany(p => ParagraphLines(p, numbering)).Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>A cell's typed text, without list labels and without advancing the counters (to recognise the appendix header).</summary>
    private static string PlainText(TableCell cell) => string.Concat(cell.Descendants<Text>().Select(t => t.Text));
}
