using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// The working-day calendar covers 1900-2199. A date or year of the input beyond it (a typo such as 9999 or
/// 2205) is the input's fault: evaluation refuses it as an input error instead of failing inside the calendar.
/// </summary>
public class CalendarRangeTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    [Theory]
    [InlineData("""{ "signedOn": "9999-12-31" }""", """{ "firstYear": 2024, "lastYear": 2026, "deadlines": { "implementation-plan": { "kind": "workingDaysAfter", "workingDays": 10 } } }""")] // a signing date typed 9999
    [InlineData("""{ "signedOn": "2024-10-15" }""", """{ "deadlines": { "synthesis": { "kind": "fixedDate", "date": "2205-01-10" } } }""")] // a fixed deadline beyond 2199
    [InlineData("""{ "signedOn": "2024-10-15" }""", """{ "reviewMilestones": [ { "id": "so-ket", "dueOn": "1850-06-30" } ] }""")] // a milestone before 1900
    [InlineData("""{ "signedOn": "2024-10-15" }""", """{ "firstYear": 2190, "lastYear": 2200 }""")] // the last period's cut-off falls in 2200
    public void Evaluate_DateOutsideTheWorkingDayCalendar_IsAnInputError(string plan, string policy)
    {
        var evidence = EvidenceReader.Parse($$"""{ "schemaVersion": 1, "asOf": "2025-12-31", "plan": {{plan}}, "policy": {{policy}} }""", "evidence.json");

        var e = Assert.Throws<PlanRulesInputException>(() => Evaluator.Evaluate(evidence));

        Assert.Contains("1900", e.Reason, StringComparison.Ordinal);
        Assert.Contains("2199", e.Reason, StringComparison.Ordinal);
        Assert.Equal("evidence.json", e.FileName);
    }

    [Theory]
    [InlineData("daysOff", """{ "date": "9999-12-31", "nameVi": "Nghỉ" }""")] // a day off typed 9999
    [InlineData("workingWeekendDays", """{ "date": "2200-01-04", "reasonVi": "Làm bù" }""")] // a Saturday in 2200
    [InlineData("daysOff", """{ "date": "1899-12-29", "nameVi": "Nghỉ" }""")] // before 1900
    public void Evaluate_CalendarOverrideOutsideTheWorkingDayCalendar_IsAnInputErrorAtItsPath(string list, string entry)
    {
        var evidence = EvidenceReader.Parse(
            $$"""{ "schemaVersion": 1, "asOf": "2025-12-31", "plan": { "signedOn": "2024-10-15" }, "policy": { "{{list}}": [ {{entry}} ] } }""", "evidence.json");

        var e = Assert.Throws<PlanRulesInputException>(() => Evaluator.Evaluate(evidence));

        Assert.Equal($"policy.{list}[0].date", e.JsonPath);
        Assert.Equal("evidence.json", e.FileName);
        Assert.Contains("2199", e.Reason, StringComparison.Ordinal);
    }
}
