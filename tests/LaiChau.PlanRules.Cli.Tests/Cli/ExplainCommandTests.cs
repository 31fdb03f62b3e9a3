namespace LaiChau.PlanRules.Cli.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_ByCode_ExplainsTheFirstFindingWithThatCode()
    {
        var result = CliRunner.Run("explain", "REPORT_LATE");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Phát hiện: REPORT_LATE:annual-report:so-xay-dung:2024", result.Out);
        Assert.Contains("Điều khoản III.1.d4", result.Out);
        Assert.Contains("Định kỳ hàng năm, báo cáo kết quả thực hiện các nhiệm vụ tại Kế hoạch này về UBND tỉnh (qua Sở Nội vụ)", result.Out);
        Assert.Contains("- Nghị quyết số 107/NQ-CP ngày 09 tháng 7 năm 2024 của Chính phủ", result.Out);
        Assert.Contains("Chứng cứ SĐ-2024-0012", result.Out);
        Assert.Contains("hạn 17/12/2024", result.Out);
        Assert.Contains("DỮ LIỆU MINH HỌA", result.Out);
    }

    [Fact]
    public void Explain_ById_ShowsTheDeadlineArithmeticInEnglish()
    {
        var result = CliRunner.Run("explain", "IMPLEMENTATION_PLAN_MISSING:implementation-plan:so-ngoai-vu", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Clause III.1.d2", result.Out);
        Assert.Contains("How the due date was computed", result.Out);
        Assert.Contains("Deadline policy \"implementation-plan\": on 29/11/2024", result.Out);
        Assert.Contains("The deadline ends at 24:00 on 29/11/2024 Vietnam time (UTC+7)", result.Out);
        Assert.Contains("No evidence received by 13/03/2026", result.Out);
    }

    [Fact]
    public void Explain_UnknownId_ExitsTwoWithOneLine()
    {
        var result = CliRunner.Run("explain", "NO_SUCH_CODE");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NO_SUCH_CODE", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Explain_WithoutArgument_ExitsTwo()
    {
        Assert.Equal(2, CliRunner.Run("explain").ExitCode);
    }
}
