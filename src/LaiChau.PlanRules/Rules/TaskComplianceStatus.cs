namespace LaiChau.PlanRules.Rules;

/// <summary>The four-way status of Government task tracking (QĐ 42/2014/QĐ-TTg as amended; docs/policies.md, facts §5).</summary>
public enum TaskComplianceStatus
{
    /// <summary>Đã hoàn thành đúng hạn: completed on time.</summary>
    CompletedOnTime,

    /// <summary>Đã hoàn thành quá hạn: completed late.</summary>
    CompletedLate,

    /// <summary>Chưa hoàn thành trong hạn (đang thực hiện trong hạn): open, within the deadline (always so for "Thường xuyên").</summary>
    OpenWithinDeadline,

    /// <summary>Chưa hoàn thành quá hạn: open, overdue.</summary>
    OpenOverdue,
}
