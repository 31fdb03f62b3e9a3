using System.Text;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Plan.Import;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>A text that is not a plan is refused with one sentence saying why; a plan with parts not understood still imports.</summary>
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

        Assert.Contains(expected, e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Import_BinaryBytes_ThrowsNotText()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x00, 0x81 };

        var e = Assert.Throws<PlanRulesInputException>(() => PlanImporter.Import(new MemoryStream(bytes), "x.bin"));

        Assert.Contains("not UTF-8 text", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PlanWithoutAppendixReference_ReturnsDraftThatDoesNotLoadYet_WithTheReason()
    {
        var result = ImportTestFiles.ImportText("KẾ HOẠCH\nThực hiện Nghị quyết số 107/NQ-CP\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì thực hiện.");

        Assert.Null(result.Plan);
        Assert.Contains("no appendix clause", result.PlanLoadError, StringComparison.Ordinal);
        Assert.Contains("\"I.1\"", result.PlanJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_VocabularyFileOfAHost_AddsAGroupPhrase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vocabulary-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "schemaVersion": 1, "groups": [ { "groupId": "commune-committees", "phrases": [ "chính quyền cơ sở" ] } ] }""", Encoding.UTF8);
        try
        {
            var options = new PlanImportOptions();
            options.VocabularyFiles.Add(path);
            var plan = ImportTestFiles.ImportText(
                "KẾ HOẠCH\nThực hiện Nghị quyết số 107/NQ-CP\nI. NHIỆM VỤ\nCác cơ quan thực hiện (có phụ lục kèm theo).\nII. TỔ CHỨC THỰC HIỆN\n1. Chính quyền cơ sở định kỳ hằng năm báo cáo kết quả về Sở Nội vụ trước ngày 10/12 hằng năm.",
                options).Plan!;

            Assert.Equal(["commune-committees"], plan.ObligationTemplates.Single(t => t.Id == "annual-report").ObligatedGroupIds);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_TextOverTheLimit_IsRefused()
    {
        var text = new MemoryStream(new byte[2048]);

        var e = Assert.Throws<PlanRulesInputException>(() => PlanImporter.Import(text, "big.txt", new PlanImportOptions { Limits = new JsonInputLimits(1024) }));

        Assert.Contains("larger than the limit", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("định kỳ hằng quý báo cáo kết quả về Sở Nội vụ", "quarterly-report", ObligationFrequency.Quarterly, null)] // quarterly
    [InlineData("định kỳ 6 tháng báo cáo kết quả về Sở Nội vụ", "half-yearly-report", ObligationFrequency.HalfYearly, null)] // half-yearly only
    [InlineData("báo cáo kết quả về Sở Nội vụ trước ngày 15/12", "annual-report", ObligationFrequency.Annual, "trước ngày 15/12 hằng năm")] // no frequency: annual, inferred; the date read as yearly
    public void Import_ReportFrequency_IsTheStatedOne(string duty, string id, ObligationFrequency frequency, string? deadline)
    {
        var result = ImportTestFiles.ImportText(
            $"KẾ HOẠCH\nThực hiện Nghị quyết số 107/NQ-CP\nI. NHIỆM VỤ\nThực hiện các nhiệm vụ (có phụ lục kèm theo).\nII. TỔ CHỨC THỰC HIỆN\n1. UBND các xã, phường {duty}.");

        var template = result.Plan!.ObligationTemplates.Single(t => t.Kind == ObligationKind.AnnualReport);
        Assert.Equal((id, frequency), (template.Id, template.Frequency));
        Assert.Equal(deadline, template.StatedDeadline?.Text);
    }

    [Fact]
    public void Import_AddresseeThatMatchesNoBody_IsListed()
    {
        var result = ImportTestFiles.ImportText(
            "KẾ HOẠCH\nThực hiện Nghị quyết số 107/NQ-CP\nI. NHIỆM VỤ\nThực hiện các nhiệm vụ (có phụ lục kèm theo).\nII. TỔ CHỨC THỰC HIỆN\n1. UBND các xã, phường định kỳ hằng năm báo cáo kết quả về Ban Chỉ đạo tỉnh.");

        Assert.Null(result.Plan!.ObligationTemplates.Single(t => t.Id == "annual-report").Route);
        Assert.Contains(result.Review, r => r.LineNumber == 6 && r.Text == "Ban Chỉ đạo tỉnh");
    }

    [Fact]
    public void Import_NumberWithThousandsDot_IsAParagraph_NotAnItem()
    {
        var result = ImportTestFiles.ImportText(
            "KẾ HOẠCH\nThực hiện Nghị quyết số 107/NQ-CP\nI. NHIỆM VỤ\n1.500 trí thức được bồi dưỡng (có phụ lục kèm theo).");

        Assert.Equal("I.p1", result.Lines.Single(l => l.LineNumber == 4).Target);
    }
}
