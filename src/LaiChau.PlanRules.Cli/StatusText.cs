using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;
using Spectre.Console;

namespace LaiChau.PlanRules.Cli;

/// <summary>The words an officer reads: report states, severities, task statuses, body kinds.</summary>
internal static class StatusText
{
    public static string Cell(ReportCellStatus s, Loc loc) => loc.T(ReportLabels.Status(s));

    public static Style CellStyle(ReportCellStatus s) => s switch
    {
        ReportCellStatus.OnTime => new Style(Color.Green),
        ReportCellStatus.Late or ReportCellStatus.Missing => new Style(Color.Red),
        ReportCellStatus.WrongRoute => new Style(Color.Yellow),
        _ => new Style(Color.Grey),
    };

    public static string Severity(FindingSeverity s, Loc loc) => loc.T(ReportLabels.Severity(s));

    public static string SeverityOne(FindingSeverity s, Loc loc)
    {
        var label = Severity(s, loc);
        return char.ToLowerInvariant(label[0]) + label[1..];
    }

    public static Style SeverityStyle(FindingSeverity s) => s switch
    {
        FindingSeverity.Violation => new Style(Color.Red, decoration: Decoration.Bold),
        FindingSeverity.Warning => new Style(Color.Yellow, decoration: Decoration.Bold),
        _ => new Style(Color.Blue, decoration: Decoration.Bold),
    };

    public static string Task(TaskComplianceStatus s, Loc loc) => loc.T(ReportLabels.TaskStatus(s));

    public static string Kind(BodyKind k, Loc loc) => k switch
    {
        BodyKind.ProvincialPeoplesCommittee => loc.T("UBND tỉnh", "Provincial committee"),
        BodyKind.ProvincialDepartment => loc.T("Sở, ban, ngành", "Department"),
        BodyKind.ProvincialAssociation => loc.T("Hội", "Association"),
        BodyKind.DistrictPeoplesCommittee => loc.T("UBND cấp huyện", "District committee"),
        BodyKind.CommunePeoplesCommittee => loc.T("UBND cấp xã", "Commune committee"),
        BodyKind.PartyBody => loc.T("Cơ quan Đảng", "Party body"),
        BodyKind.CentralBody => loc.T("Cơ quan trung ương", "Central body"),
        _ => loc.T("Nơi nhận khác", "Other recipient"),
    };

    public static string Confidence(PlanRules.Confidence c, Loc loc) => c switch
    {
        PlanRules.Confidence.Confirmed => loc.T("đã xác nhận (C)", "confirmed (C)"),
        PlanRules.Confidence.Partial => loc.T("xác nhận một phần (P)", "partly confirmed (P)"),
        _ => loc.T("chưa xác nhận (U)", "unconfirmed (U)"),
    };
}
