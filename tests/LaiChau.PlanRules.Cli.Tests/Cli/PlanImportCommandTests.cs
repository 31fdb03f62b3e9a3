using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary><c>planrules plan import</c>, and another province's catalog loaded on its own with <c>--catalog</c>.</summary>
public sealed class PlanImportCommandTests : IDisposable
{
    private static readonly string Seed = RepoFiles.Path("tests/LaiChau.PlanRules.Tests/TestData/lai-chau-plan-source.txt");
    private static readonly string DienSon = RepoFiles.Path("tests/LaiChau.PlanRules.Tests/TestData/Import/dien-son-plan.txt");
    private static readonly string DienSonBodies = RepoFiles.Path("tests/LaiChau.PlanRules.Tests/TestData/Import/dien-son-bodies.json");

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Import_SeedText_WritesALoadablePlan_AndPrintsTheSummary()
    {
        var output = Path.Combine(_dir.Root, "plan.json");

        var result = CliRunner.Run("plan", "import", Seed, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Điều khoản: 42; căn cứ: 4; nghĩa vụ: 6 (nêu trong văn bản 4, suy luận 2); nơi nhận: 8; nhiệm vụ phụ lục: 0; cần rà soát: 3.", result.Out);
        Assert.Contains("dòng 82: Chủ tịch, các PCT UBND tỉnh", result.Out);
        using var file = File.OpenRead(output);
        Assert.Equal("lai-chau-kh-107-nq-cp-2024", PlanDocument.Load(file, output).Id);
    }

    [Fact]
    public void Import_WithoutOutput_WritesThePlanToStdout_AndTheSummaryToStderr()
    {
        var result = CliRunner.Run("plan", "import", DienSon, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.Out, StringComparison.Ordinal);
        Assert.Contains("obligation templates: 6 (stated 5, inferred 1)", result.Error);
        Assert.Contains("line 90: | 3 | Khảo sát", result.Error);
    }

    [Fact]
    public void Import_ReviewReasons_InTheChosenLanguage_VietnameseByDefault()
    {
        var output = Path.Combine(_dir.Root, "plan.json");

        var vi = CliRunner.Run("plan", "import", Seed, "-o", output);
        var en = CliRunner.Run("plan", "import", Seed, "-o", output, "--lang", "en");

        // The recipient "Chủ tịch, các PCT UBND tỉnh" names people, not a body: listed with its reason.
        Assert.Contains("Chủ tịch, các PCT UBND tỉnh — Nơi nhận không khớp cơ quan hay nhóm nào", vi.Out);
        Assert.DoesNotContain("matches no body", vi.Out);
        Assert.Contains("Chủ tịch, các PCT UBND tỉnh — The recipient matches no body or group", en.Out);
    }

    [Theory]
    [InlineData("", "tệp trống")] // an empty file
    [InlineData("Kính gửi: Các sở, ban, ngành tỉnh\nĐề nghị các cơ quan báo cáo trước ngày 10/12/2025.\nTrân trọng./.", "không phải là kế hoạch")] // a letter
    [InlineData("qwerty 12345 !!!\nzxcv", "không phải là kế hoạch")] // random text
    public void Import_NotAPlan_ExitsTwoWithOneLine(string text, string expected)
    {
        var path = Path.Combine(_dir.Root, "input.txt");
        File.WriteAllText(path, text);

        var result = CliRunner.Run("plan", "import", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Import_DocxWithoutBodyText_ExitsTwoWithOneLine()
    {
        var path = Path.Combine(_dir.Root, "empty.docx");
        using (var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph()));
        }

        var result = CliRunner.Run("plan", "import", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("has no body text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TextFileNamedDocx_ExitsTwoSayingItIsNotAWordDocument()
    {
        var path = Path.Combine(_dir.Root, "plan.docx");
        File.WriteAllText(path, "KẾ HOẠCH");

        var result = CliRunner.Run("plan", "import", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a Word .docx document", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bodies_WithAnotherProvincesCatalog_ShowsOnlyItsBodies()
    {
        var result = CliRunner.Run("bodies", "--catalog", DienSonBodies, "--on", "2025-12-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Ủy ban nhân dân tỉnh Điện Sơn", result.Out);
        Assert.DoesNotContain("so-ke-hoach-dau-tu", result.Out);   // no Lai Châu body stays behind
        Assert.DoesNotContain("Lai Châu", result.Out);
    }

    [Fact]
    public void Check_ImportedPlanWithItsOwnCatalog_FindsTheMissingReports()
    {
        var plan = Path.Combine(_dir.Root, "plan.json");
        Assert.Equal(0, CliRunner.Run("plan", "import", DienSon, "--catalog", DienSonBodies, "-o", plan).ExitCode);
        var evidence = Path.Combine(_dir.Root, "evidence.json");
        File.WriteAllText(evidence, """
            { "schemaVersion": 1, "asOf": "2025-12-31", "policy": { "lastYear": 2025 },
              "reports": [ { "id": "r1", "body": "so-tai-chinh", "period": 2025, "receivedAt": "2025-12-05T09:00:00+07:00", "addressee": "so-noi-vu" } ] }
            """);

        var result = CliRunner.Run("check", evidence, "--plan", plan, "--catalog", DienSonBodies, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"REPORT_MISSING\"", result.Out);
        Assert.Contains("xa-son-a", result.Out);
        Assert.Contains("IV.2.p1.d2", result.Out);
        Assert.DoesNotContain("so-ke-hoach-dau-tu", result.Out);
        // docs/plan-import.md: with a stated deadline, deadlinePolicy names the template; the date is the plan's, not assumed.
        var missing = Newtonsoft.Json.Linq.JObject.Parse(result.Out)["findings"]!.First(f => (string?)f["code"] == "REPORT_MISSING")!;
        Assert.Equal(("annual-report", false, "2025-12-09"), ((string?)missing["deadlinePolicy"], (bool)missing["dueAssumed"]!, (string?)missing["dueOn"]));
    }

    [Fact]
    public void Check_QuarterlyPlan_TextShowsOneColumnPerQuarter_AndTheQuarterInFindings()
    {
        // Điện Sơn's yearly report rewritten quarterly, "trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm".
        var text = Path.Combine(_dir.Root, "dien-son-quy.txt");
        File.WriteAllText(text, File.ReadAllText(DienSon).Replace(
            "định kỳ hằng năm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/12 hằng năm",
            "hằng quý báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm",
            StringComparison.Ordinal));
        var plan = Path.Combine(_dir.Root, "plan.json");
        Assert.Equal(0, CliRunner.Run("plan", "import", text, "--catalog", DienSonBodies, "-o", plan).ExitCode);
        var evidence = Path.Combine(_dir.Root, "evidence.json");
        File.WriteAllText(evidence, """
            { "schemaVersion": 1, "asOf": "2026-04-01", "policy": { "lastYear": 2026 },
              "reports": [ { "id": "q1", "body": "so-tai-chinh", "period": 2026, "quarter": 1, "receivedAt": "2026-03-16T09:00:00+07:00", "addressee": "so-noi-vu", "deliveredTo": "so-noi-vu" } ] }
            """);

        var vi = CliRunner.Run("check", evidence, "--plan", plan, "--catalog", DienSonBodies);
        var en = CliRunner.Run("check", evidence, "--plan", plan, "--catalog", DienSonBodies, "--lang", "en");

        // The heading, a column per quarter, the quarter in each finding and in its message.
        Assert.All(
            ["Báo cáo định kỳ theo cơ quan và kỳ", "Quý IV/2025", "kỳ Quý I/2026", "Sở Tài chính gửi báo cáo Quý I/2026 chậm: nhận ngày 16/03/2026, hạn 14/03/2026."],
            expected => Assert.Contains(expected, vi.Out));
        Assert.Contains("period Q1 2026", en.Out);
    }
}
