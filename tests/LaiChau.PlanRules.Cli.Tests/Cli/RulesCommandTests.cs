using LaiChau.PlanRules.Rules.BuiltIn;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_ListsEveryBuiltInRule()
    {
        var result = CliRunner.Run("rules", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        foreach (var rule in RuleCatalog.BuiltIn)
        {
            Assert.Contains(rule.Code, result.Out);
        }

        Assert.Contains("III.1.d4", result.Out);
    }
}
