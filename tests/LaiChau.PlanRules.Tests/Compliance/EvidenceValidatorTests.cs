using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Compliance;

public class EvidenceValidatorTests
{
    private static EvidenceValidator Validator()
    {
        var ctx = MonitorFixtures.Context();
        return new EvidenceValidator(ctx.Plan, ctx.Catalog, ctx.Policy);
    }

    private static ReportRequest Request(string id, IReadOnlyList<string>? groups = null) => new()
    {
        Id = id, Kind = ReportRequestKind.AdHoc, DocumentNumber = "12/UBND-TH", DueOn = new DateOnly(2024, 11, 20), Groups = groups ?? [],
    };

    [Theory]
    [InlineData("body", "nope", "reports[3].body")]                 // unknown sender
    [InlineData("addressee", "nope", "reports[3].addressee")]       // unknown addressee
    [InlineData("id", " ", "reports[3].id")]                        // blank id
    public void Check_AReport_NamesThePathOfTheBadValue(string member, string value, string path)
    {
        var report = member switch
        {
            "body" => MonitorFixtures.Report("A") with { Body = value },
            "addressee" => MonitorFixtures.Report("A") with { Addressee = value },
            _ => MonitorFixtures.Report(value),
        };

        var e = Assert.Throws<PlanRulesInputException>(() => Validator().Check(report, "reports[3]"));

        Assert.Equal(path, e.JsonPath);
    }

    [Fact]
    public void Check_AnIdUsedTwice_Throws_EvenWhenARequestHasIt()
    {
        var validator = Validator();
        validator.ReserveIds([Request("Q")]);

        var e = Assert.Throws<PlanRulesInputException>(() => validator.Check(MonitorFixtures.Report("Q"), "reports[0]"));

        Assert.Equal("reports[0].id", e.JsonPath);
        Assert.Contains("used twice", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckRequests_AnUnknownGroup_NamesItsPath()
    {
        var evidence = MonitorFixtures.Evidence(Request("Q1"), Request("Q2"), Request("Q3"), Request("Q4", groups: ["provincial-departments", "nope"]));

        var e = Assert.Throws<PlanRulesInputException>(() => Validator().CheckRequests(evidence));

        Assert.Equal("requests[3].groups[1]", e.JsonPath);
    }

    [Fact]
    public void CheckRequests_AnotherSchemaVersion_Throws()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => Validator().CheckRequests(MonitorFixtures.Evidence() with { SchemaVersion = 2 }));

        Assert.Equal("schemaVersion", e.JsonPath);
    }

    [Fact]
    public void Check_CompletedTaskProgressWithoutADate_Throws()
    {
        var ctx = MonitorFixtures.Context();
        var progress = new TaskProgress { Id = "T", TaskId = "nope", Status = TaskProgressStatus.Completed };

        var e = Assert.Throws<PlanRulesInputException>(() => new EvidenceValidator(ctx.Plan, ctx.Catalog, ctx.Policy).Check(progress, "taskProgress[0]"));

        Assert.Equal("taskProgress[0].taskId", e.JsonPath); // the embedded plan has no appendix: the task is unknown first
    }

    [Fact]
    public void Check_AReviewOfAMilestoneNotConfigured_Throws()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => Validator().Check(new ReviewHeld { Id = "V", Milestone = "nope", HeldOn = new DateOnly(2025, 1, 1) }, "reviews[0]"));

        Assert.Equal("reviews[0].milestone", e.JsonPath);
    }

    [Fact]
    public void CheckReplacements_AReportReplacingOneOfAnotherPeriod_Throws()
    {
        var model = MonitorFixtures.Context().Model;
        var a = MonitorFixtures.Report("A");
        var b = MonitorFixtures.Report("B", period: 2025, replaces: "A");

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceValidator.CheckReplacements(
            [(a, model.Find("annual-report:so-tai-chinh:2024"), "reports[0]"), (b, model.Find("annual-report:so-tai-chinh:2025"), "reports[1]")]));

        Assert.Equal("reports[1].replaces", e.JsonPath);
    }
}
