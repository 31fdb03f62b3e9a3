using System.Globalization;
using LaiChau.PlanRules;
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
/// </remarks>
[Name(Code), Description("A report is still missing more than 30 days after its due date."), Tag("report"), Tag("host")]
[PlanRule(Code, FindingSeverity.Violation, "III.1.d4", "Quy định nội bộ của đơn vị: nhắc lại khi báo cáo quá hạn trên 30 ngày (không phải quy định của Kế hoạch)")]
public sealed class ReportOverdue30DaysRule : Rule
{
    /// <summary>The finding code this rule yields.</summary>
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
            .Yield(_ => Escalate(c, today.AsOf));
    }

    private static FindingFact Escalate(ObligationCase c, DateOnly asOf)
    {
        var o = c.Obligation;
        var due = o.DueOn!.Value;
        var days = asOf.DayNumber - due.DayNumber;
        var dueText = due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var (whatVi, whatEn) = o.Period is { } p
            ? (string.Create(CultureInfo.InvariantCulture, $"báo cáo năm {p}"), string.Create(CultureInfo.InvariantCulture, $"the report for {p}"))
            : ("báo cáo", "the report");
        var message = new LocalizedText(
            string.Create(CultureInfo.InvariantCulture, $"Đã {days} ngày sau hạn {dueText} mà vẫn chưa nhận được {whatVi} (ngưỡng nhắc của đơn vị: quá {DaysAfterDue} ngày)."),
            string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(whatEn[0])}{whatEn[1..]} is still not received {days} days after its due date {dueText} (the host's threshold: more than {DaysAfterDue} days)."));
        return new FindingFact(Code, FindingSeverity.Violation, o.ClausePath, o.BodyId, o.Id, o.Period, [], message);
    }
}
