using System.Text;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Plan.Import;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>Smaller shapes of plan text: frequencies, bullets under a named department, names no catalog has, a host's vocabulary.</summary>
public class PlanImporterTests
{
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

    [Fact]
    public void Import_BulletsUnderANamedDepartment_AreItsDuties()
    {
        var result = ImportTestFiles.ImportText(string.Join('\n',
            "KẾ HOẠCH", "Thực hiện Nghị quyết số 107/NQ-CP", "I. NHIỆM VỤ", "Thực hiện các nhiệm vụ (có phụ lục kèm theo).", "II. TỔ CHỨC THỰC HIỆN",
            "1. Sở Nội vụ:", "- Chủ trì, phối hợp với các cơ quan triển khai Kế hoạch;", "- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 20/12 hằng năm."));

        var synthesis = result.Plan!.ObligationTemplates.Single();
        Assert.Equal(("II.1.p2.d1", "so-noi-vu", "ubnd-tinh", "trước ngày 20/12 hằng năm"),
            (synthesis.ClausePath, synthesis.ObligatedBodyIds.Single(), synthesis.Route!.AddresseeBodyId, synthesis.StatedDeadline!.Text));
        Assert.Equal("Chủ trì, phối hợp với các cơ quan triển khai Kế hoạch", result.Plan.Find("II.1.p1.d1").Text);
    }
}
