using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReportIncompleteRuleTests
{
    private static Scenario WithTasks() => Scenario.LaiChau()
        .Task("T1", "so-tai-chinh", "Thường xuyên")
        .Task("T2", "so-tai-chinh", "Hằng năm");

    [Fact]
    public void Fires_WhenAResultForALedTaskIsMissing()
    {
        var result = WithTasks().Report("so-tai-chinh", 2024, "2024-12-16T09:00:00+07:00", tasks: ["T1"]).AsOf(2024, 12, 31);

        var finding = result.Single(FindingCodes.ReportIncomplete, "so-tai-chinh");
        Assert.Equal(["T2"], finding.Details);
    }

    [Fact]
    public void DoesNotFire_WhenEveryLedTaskHasAResult()
    {
        var result = WithTasks().Report("so-tai-chinh", 2024, "2024-12-16T09:00:00+07:00", tasks: ["T1", "T2"]).AsOf(2024, 12, 31);

        Assert.Empty(result.Of(FindingCodes.ReportIncomplete));
    }

    [Fact]
    public void AReplacingReportDecidesContent()
    {
        var result = WithTasks()
            .Report("so-tai-chinh", 2024, "2024-12-16T09:00:00+07:00", id: "A", tasks: ["T1"])
            .Report("so-tai-chinh", 2024, "2024-12-20T09:00:00+07:00", id: "B", replaces: "A", tasks: ["T1", "T2"])
            .AsOf(2024, 12, 31);

        Assert.Empty(result.Of(FindingCodes.ReportIncomplete));
        Assert.Empty(result.Of(FindingCodes.ReportLate)); // timeliness is still the first report's
    }
}
