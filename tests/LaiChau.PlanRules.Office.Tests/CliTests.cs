using DocumentFormat.OpenXml.Packaging;

namespace LaiChau.PlanRules.Office.Tests;

/// <summary>The commands an officer types: <c>check --format xlsx|html -o FILE</c>, <c>draft urging</c>, <c>draft synthesis</c>.</summary>
public class CliTests
{
    [Theory]
    [InlineData("xlsx")] // the workbook, to a file only
    [InlineData("html")] // the printable report
    public void Check_OfficeFormat_WritesTheFile(string format)
    {
        var path = Path.Combine(Fixtures.NewFolder("cli-check"), "ket-qua." + format);

        var (code, _, error) = Run("check", "--format", format, "-o", path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.True(new FileInfo(path).Length > 1000);
        if (format == "xlsx")
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            Assert.Empty(Fixtures.ValidationErrors(doc));
        }
    }

    [Fact]
    public void Check_XlsxWithoutOutput_IsAUsageError()
    {
        var (code, output, error) = Run("check", "--format", "xlsx");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("-o", error);
    }

    [Fact]
    public void Check_HtmlFailOn_ExitsOneAndStillWrites()
    {
        var path = Path.Combine(Fixtures.NewFolder("cli-check"), "ket-qua.html");

        var (code, _, _) = Run("check", "--format", "html", "-o", path, "--fail-on", "violation");

        Assert.Equal(1, code);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void DraftUrging_Demo2025_WritesTheLetter()
    {
        var path = Path.Combine(Fixtures.NewFolder("cli-draft"), "don-doc.docx");

        var (code, output, _) = Run("draft", "urging", "--period", "2025", "-o", path);

        Assert.Equal(0, code);
        Assert.Contains("5 cơ quan", output);
        using var doc = WordprocessingDocument.Open(path, false);
        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Contains("- Sở Ngoại vụ;", Docx.Paragraphs(doc));
    }

    [Theory]
    [InlineData("vi", "Không có cơ quan nào cần đôn đốc")] // Vietnamese by default
    [InlineData("en", "Nobody to urge")]
    public void DraftUrging_NobodyMissing_SaysSoExitsZeroAndWritesNoFile(string lang, string message)
    {
        var dir = Fixtures.NewFolder("cli-nobody");
        var path = Path.Combine(dir, "don-doc.docx");

        var (code, output, _) = Run("draft", "urging", "--period", "2026", "-o", path, "--lang", lang);

        Assert.Equal(0, code);
        Assert.Contains(message, output);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void DraftSynthesis_Demo2025_WritesTheReport()
    {
        var path = Path.Combine(Fixtures.NewFolder("cli-draft"), "tong-hop.docx");

        var (code, _, _) = Run("draft", "synthesis", "--period", "2025", "-o", path);

        Assert.Equal(0, code);
        using var doc = WordprocessingDocument.Open(path, false);
        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Contains("Số: …/BC-SNV", Docx.Paragraphs(doc));
    }

    [Theory]
    [InlineData("synthesis", "2031")] // not a period of the report
    [InlineData("urging", "1999")]
    public void Draft_UnknownPeriod_IsAUsageErrorNamingThePeriods(string kind, string period)
    {
        var dir = Fixtures.NewFolder("cli-bad");

        var (code, _, error) = Run("draft", kind, "--period", period, "-o", Path.Combine(dir, "x.docx"));

        Assert.Equal(2, code);
        Assert.Contains("2024, 2025, 2026", error);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Theory]
    [InlineData("vi", "chọn --part (H1, H2)")] // Vietnamese by default
    [InlineData("en", "choose --part (H1, H2)")]
    public void DraftUrging_HalfYearlyPlanWithoutPart_IsAUsageErrorNamingTheParts(string lang, string message)
    {
        var dir = Fixtures.NewFolder("cli-half");
        var (plan, evidence) = HalfYearlyFiles(dir);

        var (code, _, error) = Run("draft", "urging", evidence, "--plan", plan, "--as-of", "2025-07-01", "--period", "2025", "-o", Path.Combine(dir, "x.docx"), "--lang", lang);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.False(File.Exists(Path.Combine(dir, "x.docx")));
    }

    [Fact]
    public void DraftUrging_HalfYearlyPart_WritesTheHalfsLetter()
    {
        var dir = Fixtures.NewFolder("cli-half");
        var (plan, evidence) = HalfYearlyFiles(dir);
        var path = Path.Combine(dir, "don-doc.docx");

        var (code, output, error) = Run("draft", "urging", evidence, "--plan", plan, "--as-of", "2025-07-01", "--period", "2025", "--part", "H1", "-o", path);

        Assert.True(code == 0, error);
        Assert.Contains("cơ quan, đơn vị", output);
        using var doc = WordprocessingDocument.Open(path, false);
        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Contains(Docx.Paragraphs(doc), p => p.StartsWith("V/v đôn đốc gửi báo cáo 6 tháng đầu năm 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void DraftSynthesis_HalfYearlyPlan_GoesThroughTheHalvesWithoutAPart()
    {
        var dir = Fixtures.NewFolder("cli-half");
        var (plan, evidence) = HalfYearlyFiles(dir);
        var path = Path.Combine(dir, "tong-hop.docx");

        var (code, _, error) = Run("draft", "synthesis", evidence, "--plan", plan, "--as-of", "2025-07-01", "--period", "2025", "-o", path);

        Assert.True(code == 0, error);
        using var doc = WordprocessingDocument.Open(path, false);
        Assert.Contains("1. Việc gửi báo cáo định kỳ năm 2025", Docx.Paragraphs(doc));
    }

    [Fact]
    public void DraftUrging_PartTheYearDoesNotHave_IsAUsageError()
    {
        // The demo plan's report is annual: there is no first half to urge.
        var dir = Fixtures.NewFolder("cli-half");

        var (code, _, error) = Run("draft", "urging", "--period", "2025", "--part", "H1", "-o", Path.Combine(dir, "x.docx"));

        Assert.Equal(2, code);
        Assert.Contains("H1", error);
        Assert.Empty(Directory.GetFiles(dir));
    }

    private static (string Plan, string Evidence) HalfYearlyFiles(string dir)
    {
        var plan = Path.Combine(dir, "ke-hoach-6-thang.json");
        File.WriteAllText(plan, Fixtures.HalfYearlyPlanJson());
        var evidence = Path.Combine(dir, "chung-cu.json");
        using (var writer = new StreamWriter(evidence)) EvidenceWriter.Write(Fixtures.HalfYearlyEvidence(), writer);
        return (plan, evidence);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
