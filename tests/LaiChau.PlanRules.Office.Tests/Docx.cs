using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LaiChau.PlanRules.Office.Tests;

/// <summary>Reads a Word document back: its paragraphs' text, its whole text, its page header.</summary>
internal static class Docx
{
    /// <summary>Writes a document into memory and opens it read-only.</summary>
    public static WordprocessingDocument Open(Action<Stream> write)
    {
        var ms = new MemoryStream();
        write(ms);
        ms.Position = 0;
        return WordprocessingDocument.Open(ms, false);
    }

    public static IReadOnlyList<string> Paragraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    public static string Text(WordprocessingDocument doc) => string.Join("\n", Paragraphs(doc));

    public static string HeaderText(WordprocessingDocument doc) => string.Join("\n", doc.MainDocumentPart!.HeaderParts.Select(h => h.Header.InnerText));
}
