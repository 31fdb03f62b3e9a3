using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using LaiChau.PlanRules.Plan.Import;
using LaiChau.PlanRules.Plan.Import.Docx;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>Word's automatic list numbering (numbering.xml) read back as the labels Word draws, so clause paths survive.</summary>
public class WordListNumberingTests
{
    [Fact]
    public void Read_WordNumberedPlan_GivesTheSameTextAsTheTypedOne()
    {
        var typed = DocxPlanText.Read(new MemoryStream(SonHaPlanDocx.Create()), "typed.docx");

        var numbered = DocxPlanText.Read(new MemoryStream(SonHaPlanDocx.Create(wordNumbering: true)), "numbered.docx");

        Assert.Equal(typed, numbered);
    }

    [Fact]
    public void Import_WordNumberedPlan_KeepsTheClausePaths()
    {
        var catalog = SonHaDocxImportTests.Catalog.Value;
        var result = DocxPlanText.Import(new MemoryStream(SonHaPlanDocx.Create(wordNumbering: true)), "numbered.docx", new PlanImportOptions { Catalog = catalog, UseDeadlinePolicies = true });
        var plan = result.Plan ?? throw new InvalidOperationException(result.PlanLoadError);

        Assert.Equal(["CC", "I", "II", "III"], plan.Clauses.Select(c => c.Path).Take(4));
        Assert.Equal(SonHaDocxImportTests.Plan.ObligationTemplates.Select(ImportTestFiles.Describe), plan.ObligationTemplates.Select(ImportTestFiles.Describe));
        Assert.Equal(["1", "2"], plan.Appendix.Tasks.Select(t => t.Id));
    }

    [Fact]
    public void Read_Lists_RestartsStartOverridesBulletsAndLetters()
    {
        var lines = DocxPlanText.Read(new MemoryStream(ListDocument(
            (1, 0, "MỤC ĐÍCH"),        // I.
            (1, 1, "Mục đích"),        // 1.
            (1, 1, "Yêu cầu"),         // 2.
            (1, 0, "TỔ CHỨC"),         // II.
            (1, 1, "Sở Nội vụ:"),      // 1. (restarted after a higher level)
            (1, 2, "theo dõi"),        // a)
            (1, 2, "tổng hợp"),        // b)
            (1, 1, "Các sở:"),         // 2.
            (1, 2, "báo cáo"),         // a) (restarted again)
            (2, 0, "KIẾN NGHỊ"),       // V.: another instance of the same list, its start overridden to 5
            (3, 0, "Bộ Nội vụ;"),      // a bullet: written "-"
            (0, 0, "Lưu: VT."))),      // numId 0: no list
            "lists.docx").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            ["I. MỤC ĐÍCH", "1. Mục đích", "2. Yêu cầu", "II. TỔ CHỨC", "1. Sở Nội vụ:", "a) theo dõi", "b) tổng hợp", "2. Các sở:", "a) báo cáo", "V. KIẾN NGHỊ", "- Bộ Nội vụ;", "Lưu: VT."],
            lines);
    }

    [Theory]
    [InlineData(4, "lowerLetter", "d")]
    [InlineData(27, "upperLetter", "AA")] // Word doubles the letter after z
    [InlineData(14, "upperRoman", "XIV")]
    [InlineData(9, "lowerRoman", "ix")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(12, "decimal", "12")]
    public void Format_Number_AsWordDrawsIt(int value, string format, string expected) =>
        Assert.Equal(expected, WordListNumbering.Format(value, new NumberFormatValues(format)));

    /// <summary>A .docx of one paragraph per (numId, level, text): list 1 "I." / "1." / "a)", list 2 the same from V., list 3 bullets.</summary>
    private static byte[] ListDocument(params (int NumId, int Level, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => (OpenXmlElement)new Paragraph(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = p.Level }, new NumberingId { Val = p.NumId })),
                new Run(new Text(p.Text) { Space = SpaceProcessingModeValues.Preserve }))).Append(new SectionProperties())));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    SonHaPlanDocx.ListLevel(0, NumberFormatValues.UpperRoman, "%1."),
                    SonHaPlanDocx.ListLevel(1, NumberFormatValues.Decimal, "%2."),
                    SonHaPlanDocx.ListLevel(2, NumberFormatValues.LowerLetter, "%3)")) { AbstractNumberId = 0 },
                new AbstractNum(SonHaPlanDocx.ListLevel(0, NumberFormatValues.Bullet, "•")) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 3 });
            Assert.Empty(new OpenXmlValidator().Validate(doc));
        }

        return stream.ToArray();
    }
}
