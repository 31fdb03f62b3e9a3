using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Tests.Compliance;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Every date and instant the evidence can carry is range-checked (1900-2199, the working-day calendar's years)
/// before any arithmetic on it: a valid-looking but huge instant such as 9999-12-31T20:00:00Z (Vietnam time is in
/// year 10000) is an input error at its JSON path, never an overflow. Through the file and through the API.
/// </summary>
public class DateRangeBoundaryTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    [Theory]
    [InlineData("reports[0].receivedAt", "9999-12-31T20:00:00Z")]
    [InlineData("reports[0].receivedAt", "1899-12-31T16:59:59Z")]
    [InlineData("reports[11].sentAt", "9999-12-31T20:00:00Z")]
    [InlineData("reports[10].documentDate", "9999-12-31")]
    [InlineData("syntheses[0].submittedAt", "9999-12-31T20:00:00Z")]
    [InlineData("implementationPlans[0].issuedOn", "9999-12-31")]
    [InlineData("studies[0].heldOn", "0001-01-01")]
    [InlineData("inspections[0].heldOn", "2200-01-01")]
    [InlineData("reviews[0].heldOn", "9999-12-31")]
    [InlineData("taskProgress[0].completedOn", "9999-12-31")]
    [InlineData("taskProgress[4].extensions[0].newDueOn", "9999-12-31")]
    [InlineData("taskProgress[4].extensions[0].grantedOn", "1850-01-01")]
    [InlineData("requests[0].dueOn", "9999-12-31")]
    [InlineData("requests[1].documentDate", "9999-12-31")]
    [InlineData("asOf", "9999-12-31")]
    [InlineData("plan.signedOn", "9999-12-31")]
    public void Evaluate_ADateOrInstantOutsideTheCalendar_IsAnInputErrorAtItsPath(string path, string value)
    {
        var json = JObject.Parse(EmbeddedData.ReadText(DemoEvidence.FileName));
        ((JValue)json.SelectToken(path)!).Value = value;
        var evidence = EvidenceReader.Parse(json.ToString(), "evidence.json");

        var e = Assert.Throws<PlanRulesInputException>(() => Evaluator.Evaluate(evidence));

        Assert.Equal(path, e.JsonPath);
        Assert.Equal("evidence.json", e.FileName);
        Assert.NotNull(e.LineNumber);
        Assert.Contains("2199", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TheLastInstantOfTheCalendar_IsAccepted()
    {
        var json = JObject.Parse(EmbeddedData.ReadText(DemoEvidence.FileName));
        ((JValue)json.SelectToken("reports[0].receivedAt")!).Value = "2199-12-31T23:59:59+07:00";

        var report = Evaluator.Evaluate(EvidenceReader.Parse(json.ToString(), "evidence.json"));

        Assert.NotEmpty(report.Findings);
    }

    [Fact]
    public void AddReport_DateTimeOffsetMaxValue_IsAnInputError_AndTheMonitorIsUnchanged()
    {
        using var monitor = Evaluator.CreateMonitor(MonitorFixtures.Evidence(), MonitorFixtures.AsOf);
        var before = monitor.FindingIds;

        var e = Assert.Throws<PlanRulesInputException>(() => monitor.AddReport(MonitorFixtures.Report("A") with { ReceivedAt = DateTimeOffset.MaxValue }));
        Assert.Throws<PlanRulesInputException>(() => monitor.AddReport(MonitorFixtures.Report("B") with { SentAt = DateTimeOffset.MinValue }));
        Assert.Throws<PlanRulesInputException>(() => monitor.AddSynthesis(new SynthesisSubmitted { Id = "C", Body = "so-noi-vu", Period = 2024, SubmittedAt = DateTimeOffset.MaxValue }));

        Assert.Equal("report.receivedAt", e.JsonPath);
        Assert.Equal(before, monitor.FindingIds);
        Assert.NotNull(monitor.Snapshot());
    }

    [Fact]
    public void AdvanceTo_BeyondTheCalendar_IsArgumentOutOfRange()
    {
        using var monitor = Evaluator.CreateMonitor(MonitorFixtures.Evidence(), MonitorFixtures.AsOf);

        Assert.Throws<ArgumentOutOfRangeException>(() => monitor.AdvanceTo(DateOnly.MaxValue));
        Assert.NotNull(monitor.Snapshot());
    }
}
