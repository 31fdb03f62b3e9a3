using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReportIncomplete), Tag("report")]
[Description("The report that decides content gives no result for a task the body leads.")]
[PlanRule(FindingSeverity.Warning, "III.1.d4", "Kế hoạch III.1 (đoạn 4, báo cáo hằng năm) và II.2: báo cáo kết quả thực hiện các nhiệm vụ tại Kế hoạch (Phụ lục)",
    DescriptionVi = "Báo cáo quyết định nội dung không có kết quả cho nhiệm vụ cơ quan chủ trì.",
    DefaultPolicyVi = "Phụ lục nhiệm vụ (dữ liệu); không có phụ lục thì không áp dụng.",
    DefaultPolicyEn = "Appendix tasks (data); without an appendix it never fires.",
    MessageVi = "{Report} của {body} ({evidence}) thiếu kết quả nhiệm vụ: {details}.",
    MessageEn = "{body}'s {report} ({evidence}) gives no result for tasks: {details}.")]
internal sealed class ReportIncompleteRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.Obligation.ExpectedTaskIds.Count > 0, x => x.Content != null,
                x => x.Obligation.ExpectedTaskIds.Any(t => !x.Content!.TaskIds.Contains(t)));

        Then()
            .Yield(_ => FindingFact.For<ReportIncompleteRule>(c, c.Content, false, MissingTasks(c)));
    }

    private static IReadOnlyList<string> MissingTasks(ObligationCase c) =>
        c.Obligation.ExpectedTaskIds.Where(t => !c.Content!.TaskIds.Contains(t)).ToList();
}
