using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Plan.Import;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>A text that is not a plan is refused with one sentence saying why; a draft that cannot load yet says why.</summary>
public class PlanImporterBadInputTests
{
    [Theory]
    [InlineData("", "empty")] // an empty file
    [InlineData("  \n\n\t\n", "empty")] // blank lines only
    [InlineData("Lorem ipsum dolor sit amet.\nconsectetur adipiscing elit\n42", "not a plan")] // random text
    [InlineData("ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN SƠN\nSố: 123/UBND-VX\nV/v báo cáo kết quả năm 2025\nKính gửi: Các sở, ban, ngành tỉnh\nĐề nghị các cơ quan báo cáo trước ngày 10/12/2025.\nNơi nhận:\n- Như trên;\n- Lưu: VT.", "not a plan")] // a letter (công văn)
    [InlineData("KẾ HOẠCH\nThực hiện Nghị quyết số 107/NQ-CP\nCác cơ quan thực hiện.", "no numbered sections")] // a kind line but no sections
    public void Import_TextThatIsNoPlan_ThrowsOneSentence(string text, string expected)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => ImportTestFiles.ImportText(text));

        Assert.Contains(expected, e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Import_BinaryBytes_ThrowsNotText()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x00, 0x81 };

        var e = Assert.Throws<PlanRulesInputException>(() => PlanImporter.Import(new MemoryStream(bytes), "x.bin"));

        Assert.Contains("not UTF-8 text", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PlanWithoutAppendixReference_ReturnsDraftThatDoesNotLoadYet_WithTheReason()
    {
        var result = ImportTestFiles.ImportText("KẾ HOẠCH\nThực hiện Nghị quyết số 107/NQ-CP\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì thực hiện.");

        Assert.Null(result.Plan);
        Assert.Contains("no appendix clause", result.LocalizedPlanLoadError?.En, StringComparison.Ordinal);
        Assert.Contains("\"I.1\"", result.PlanJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TextOverTheLimit_IsRefused()
    {
        var text = new MemoryStream(new byte[2048]);

        var e = Assert.Throws<PlanRulesInputException>(() => PlanImporter.Import(text, "big.txt", new PlanImportOptions { Limits = new JsonInputLimits(1024) }));

        Assert.Contains("larger than the limit", e.LocalizedReason.En, StringComparison.Ordinal);
    }
}
