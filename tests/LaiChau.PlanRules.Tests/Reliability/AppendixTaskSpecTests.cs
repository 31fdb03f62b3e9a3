using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability;

public class AppendixTaskSpecTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    [Theory]
    [InlineData(65)] // one over PlanText.MaxTaskIdLength: the clause path II.2.PL.<id> would not parse
    [InlineData(100_000)] // a pasted blob
    public void Evaluate_TaskIdLongerThanAPathSegment_IsAnInputErrorAtItsPath(int length)
    {
        var evidence = new EvidenceSet
        {
            AsOf = new DateOnly(2025, 12, 31),
            Plan = new PlanOverrides
            {
                SignedOn = new DateOnly(2024, 10, 15),
                AppendixTasks = [new AppendixTaskSpec { Id = new string('x', length), Title = "Nhiệm vụ", Lead = "so-noi-vu", Timing = "Thường xuyên" }],
            },
        };

        var e = Assert.Throws<PlanRulesInputException>(() => Evaluator.Evaluate(evidence));

        Assert.Equal("plan.appendixTasks[0].id", e.JsonPath);
        Assert.Contains("64", e.Reason, StringComparison.Ordinal);
    }
}
