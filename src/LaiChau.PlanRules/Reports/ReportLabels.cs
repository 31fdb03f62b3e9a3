using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// The words a report shows an officer, as a Sở Nội vụ report writes them, in one mapping per language
/// (docs/report-format.md, "Labels"): the state of an annual report ("Gửi chậm", "Chưa gửi"), the severity of a
/// finding ("Cần xử lý", "Cần lưu ý", "Thông tin"), the four task statuses and the as-of line. The CLI, the CSV and
/// the Office documents all take their labels from here; machine values (JSON <c>status</c>, <c>severity</c>) do not change.
/// </summary>
public static class ReportLabels
{
    /// <summary>The label of the as-of date: "Tính đến ngày" / "As of".</summary>
    public static LocalizedText AsOf { get; } = new("Tính đến ngày", "As of");

    /// <summary>The mark of an illustrative plan number, date or row: "minh họa" / "illustrative".</summary>
    public static LocalizedText Illustrative { get; } = new("minh họa", "illustrative");

    /// <summary>The state of an annual report in the matrix.</summary>
    /// <param name="status">The state.</param>
    /// <returns>"Đúng hạn", "Gửi chậm", "Chưa gửi", "Gửi không đúng nơi nhận", "Chưa đến hạn" or "Chờ hạn", with the English.</returns>
    public static LocalizedText Status(ReportCellStatus status) => status switch
    {
        ReportCellStatus.OnTime => new("Đúng hạn", "On time"),
        ReportCellStatus.Late => new("Gửi chậm", "Late"),
        ReportCellStatus.Missing => new("Chưa gửi", "Not sent"),
        ReportCellStatus.WrongRoute => new("Gửi không đúng nơi nhận", "Wrong recipient"),
        ReportCellStatus.NotDue => new("Chưa đến hạn", "Not yet due"),
        _ => new("Chờ hạn", "Pending"),
    };

    /// <summary>The severity of a finding.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>"Cần xử lý" / "Action needed", "Cần lưu ý" / "Attention", "Thông tin" / "Information".</returns>
    public static LocalizedText Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Violation => new("Cần xử lý", "Action needed"),
        FindingSeverity.Warning => new("Cần lưu ý", "Attention"),
        _ => new("Thông tin", "Information"),
    };

    /// <summary>The four-way status of an appendix task (QĐ 42/2014/QĐ-TTg as amended).</summary>
    /// <param name="status">The status.</param>
    /// <returns>"Đã hoàn thành đúng hạn", "Đã hoàn thành quá hạn", "Chưa hoàn thành trong hạn" or "Chưa hoàn thành quá hạn", with the English.</returns>
    public static LocalizedText TaskStatus(TaskComplianceStatus status) => status switch
    {
        TaskComplianceStatus.CompletedOnTime => new("Đã hoàn thành đúng hạn", "Completed on time"),
        TaskComplianceStatus.CompletedLate => new("Đã hoàn thành quá hạn", "Completed late"),
        TaskComplianceStatus.OpenWithinDeadline => new("Chưa hoàn thành trong hạn", "Open, within deadline"),
        _ => new("Chưa hoàn thành quá hạn", "Open, overdue"),
    };
}
