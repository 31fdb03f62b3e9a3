using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>The report that decides content gives no result for a task the body leads.</summary>
[Name("REPORT_INCOMPLETE"), Description("The report that decides content gives no result for a task the body leads."), Tag("report")]
[PlanRule(FindingCodes.ReportIncomplete, FindingSeverity.Warning, "II.2", "Kế hoạch II.2 và III.1: báo cáo kết quả thực hiện các nhiệm vụ tại Kế hoạch (Phụ lục)")]
internal sealed class ReportIncompleteRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.Obligation.ExpectedTaskIds.Count > 0, x => x.Content != null,
                x => x.Obligation.ExpectedTaskIds.Any(t => !x.Content!.TaskIds.Contains(t)));

        Then()
            .Yield(_ => RuleFindings.ForCase<ReportIncompleteRule>(c, c.Content, false, MissingTasks(c)));
    }

    private static IReadOnlyList<string> MissingTasks(ObligationCase c) =>
        c.Obligation.ExpectedTaskIds.Where(t => !c.Content!.TaskIds.Contains(t)).ToList();
}
