namespace LaiChau.PlanRules.Cli.Tests.Cli;

public sealed class PlanCommandTests
{
    [Fact]
    public void Plan_Embedded_PrintsTheClauseTreeWithPaths()
    {
        var result = CliRunner.Run("plan");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^III\.1\.d4\s+Định kỳ hàng năm", result.Out);
        Assert.Matches(@"(?m)^II\s+NHIỆM VỤ, GIẢI PHÁP", result.Out);
        Assert.Contains("annual-report", result.Out);
        Assert.Contains("lai-chau-kh-107-nq-cp-2024", result.Out);
    }

    [Fact]
    public void Plan_OtherFile_PrintsThatPlan()
    {
        var result = CliRunner.Run("plan", "--plan", RepoFiles.Path("tests/LaiChau.PlanRules.Tests/TestData/other-province-plan.json"), "--full");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("illustrative-other-province", result.Out);
    }
}
