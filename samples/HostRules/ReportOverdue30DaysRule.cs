using LaiChau.PlanRules.Rules;
using NRules.Fluent.Dsl;

namespace HostRules;

/// <summary>
/// A host's escalation on top of the built-in <c>REPORT_MISSING</c>: a report still not received more
/// than 30 calendar days after its due date (the 31st day after it, and every day after that).
/// </summary>
/// <remarks>
/// The date comes from the <see cref="EvaluationDate"/> fact, not from <see cref="ObligationCase.AsOf"/>:
/// a live monitor refreshes a case's own date only when the date crosses one of the case's built-in
/// thresholds (reminder start, the day after the due date), so "due date + 30" is a threshold only
/// <see cref="EvaluationDate"/> sees. There is one <see cref="EvaluationDate"/> per session, so the join
/// stays linear in the number of cases.
/// <para>
/// Code (the NRules name), severity and message are declared once, in the attributes; the rule yields
/// through <see cref="FindingFact.For{TRule}(ObligationCase, Submission?, bool, IReadOnlyList{string}?)"/>,
/// so its finding carries the obligation's id, due date and confidence and explains its deadline.
/// </para>
/// </remarks>
[Name(Code), Description("A report is still missing more than 30 days after its due date."), Tag("report"), Tag("host")]
[PlanRule(FindingSeverity.Violation, "III.1.d4", "Quy định nội bộ của đơn vị: nhắc lại khi báo cáo quá hạn trên 30 ngày (không phải quy định của Kế hoạch)",
    DescriptionVi = "Báo cáo vẫn chưa nhận được sau hạn hơn 30 ngày.",
    MessageVi = "Đã {daysPastDue} ngày sau hạn {due} mà vẫn chưa nhận được {report} (ngưỡng nhắc của đơn vị: quá 30 ngày).",
    MessageEn = "The {report} is still not received {daysPastDue} days after its due date {due} (the host's threshold: more than 30 days).")]
public sealed class ReportOverdue30DaysRule : Rule
{
    /// <summary>The finding code this rule yields (its NRules name).</summary>
    public const string Code = "REPORT_MISSING_30_DAYS";

    /// <summary>How many calendar days after the due date a missing report is escalated.</summary>
    public const int DaysAfterDue = 30;

    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate today = default!;
        ObligationCase c = default!;

        When()
            .Match(() => today)
            .Match(() => c, x => x.Obligation.IsReport, x => x.Obligation.DueOn != null, x => x.First == null,
                x => today.AsOf.DayNumber - x.Obligation.DueOn!.Value.DayNumber > DaysAfterDue);

        Then()
            .Yield(_ => FindingFact.For<ReportOverdue30DaysRule>(c));
    }
}
