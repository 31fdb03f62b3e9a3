using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>A report came from a known body that has no obligation for that period (dissolved, not yet established, or not obligated).</summary>
[Name("REPORT_UNEXPECTED"), Description("A report came from a known body that has no obligation for that period (dissolved, not yet established, or not obligated)."), Tag("report")]
[PlanRule(FindingCodes.ReportUnexpected, FindingSeverity.Warning, "III.1", "Kế hoạch III.1: chủ thể có nghĩa vụ báo cáo là các sở, ban, ngành tỉnh, tổ chức Hội cấp tỉnh được giao nhiệm vụ, UBND huyện, thành phố")]
internal sealed class ReportUnexpectedRule : Rule
{
    public override void Define()
    {
        UnexpectedSubmission u = default!;

        When()
            .Match(() => u);

        Then()
            .Yield(_ => new FindingFact(FindingCodes.ReportUnexpected, FindingSeverity.Warning, "III.1", u.Submission.SenderBodyId, u.Submission.EvidenceId, u.Period, new[] { u.Submission.EvidenceId }, null, null));
    }
}
