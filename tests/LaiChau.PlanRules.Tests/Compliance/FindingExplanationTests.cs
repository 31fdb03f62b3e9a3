using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

public class FindingExplanationTests
{
    [Fact]
    public void Explain_ShowsClauseRuleEvidenceAndHowTheDueDateWasComputed()
    {
        var scenario = Scenario.LaiChau().Report("so-tai-chinh", 2024, "2024-12-18T08:30:00+07:00", id: "SĐ-7");
        var report = scenario.AsOf(2024, 12, 31).Report;

        var explanation = scenario.Evaluator.Explain(report, "REPORT_LATE:annual-report:so-tai-chinh:2024");

        Assert.NotNull(explanation);
        Assert.Contains("qua Sở Nội vụ", explanation!.ClauseText);
        Assert.Equal(FindingCodes.ReportLate, explanation.Rule.Code);
        Assert.Equal(4, explanation.PlanLegalBases.Count);
        Assert.Contains("08:30 18/12/2024", Assert.Single(explanation.Evidence).Vi);
        var steps = string.Join("\n", explanation.DeadlineSteps.Select(s => s.Vi));
        Assert.Contains("15/12/2023 đến 14/12/2024", steps);   // the window
        Assert.Contains("15/12/2024 (Chủ nhật)", steps);        // the day skipped while counting
        Assert.Contains("hạn giả định", steps);
    }

    [Fact]
    public void Explain_ByCode_TakesTheFirstFindingOfThatCode()
    {
        var scenario = Scenario.LaiChau();
        var report = scenario.AsOf(2024, 12, 18).Report;

        var explanation = scenario.Evaluator.Explain(report, "report_missing");

        Assert.Equal(FindingCodes.ReportMissing, explanation!.Finding.Code);
        Assert.Contains("Không có chứng cứ", Assert.Single(explanation.Evidence).Vi);
    }

    [Fact]
    public void Explain_UnknownFinding_IsNull()
    {
        var scenario = Scenario.LaiChau();

        Assert.Null(scenario.Evaluator.Explain(scenario.AsOf(2024, 12, 18).Report, "NO_SUCH_CODE"));
    }
}
