using System.Globalization;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;
using Spectre.Console;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// The check as an officer reads it at a glance: a header (plan, as-of date and its source, the illustrative
/// banner, the legend), the body × period matrix, the findings by severity, the task statuses and the notes.
/// </summary>
internal static class TextReport
{
    public static void Write(ComplianceReport report, CheckRun run, Screen screen, Loc loc)
    {
        var evaluator = run.Evaluator;
        var plan = evaluator.Plan;
        var number = run.Evidence.Plan?.Number ?? plan.Number;
        var signedOn = run.Evidence.Plan?.SignedOn ?? plan.SignedOn;

        screen.Line(loc.T("KẾT QUẢ KIỂM TRA THỰC HIỆN KẾ HOẠCH", "PLAN COMPLIANCE CHECK"), new Style(decoration: Decoration.Bold));
        if (report.Illustrative)
        {
            screen.Line(loc.T(
                "*** DỮ LIỆU MINH HỌA: không phải số liệu thật (ILLUSTRATIVE DATA) ***",
                "*** ILLUSTRATIVE DATA: not real records (DỮ LIỆU MINH HỌA) ***"), new Style(Color.Black, Color.Yellow, Decoration.Bold));
        }

        var signature = number is null && signedOn is null
            ? loc.T("dự thảo, chưa có số và ngày ký", "draft, not numbered or dated")
            // "152/KH-UBND ngày 15/10/2024"; without a number "chưa có số, ký ngày 15/10/2024", not "chưa có số ngày …".
            : number is null
                ? loc.T("chưa có số", "no number") + (signedOn is { } d ? loc.T(", ký ngày ", ", signed on ") + Documents.VietnameseDateFormat.Citation(d) : string.Empty)
                : number + (signedOn is { } s ? loc.T(" ngày ", " of ") + Documents.VietnameseDateFormat.Citation(s) : string.Empty)
                + (report.Illustrative ? $" ({loc.T(ReportLabels.Illustrative)})" : string.Empty);
        screen.Line(loc.T("Kế hoạch: ", "Plan: ") + $"{plan.Title} [{report.PlanId}]");
        screen.Line(loc.T("Số, ngày ký: ", "Number, signed on: ") + signature);
        screen.Line(loc.T(ReportLabels.AsOf) + ": " + $"{Loc.Date(report.AsOf)} ({run.AsOfSourceText(loc)})");
        screen.Line(loc.T("Dữ liệu: ", "Evidence: ") + run.InputName);
        screen.Line(loc.T("Các kỳ báo cáo: ", "Periods covered: ") + string.Create(CultureInfo.InvariantCulture, $"{report.PeriodsCovered.First}-{report.PeriodsCovered.Last}"));
        screen.Line(loc.T(
            "Chú thích: * = hạn giả định (hạn chưa được văn bản của tỉnh xác nhận; xem docs/policies.md).",
            "Legend: * = assumed deadline (not confirmed by a provincial document; see docs/policies.md)."));
        if (report.ReportStatuses.Any(c => c.IsInherited))
        {
            screen.Line(loc.T(
                "          † = nghĩa vụ kế thừa: UBND xã, phường thực hiện nhiệm vụ của cấp huyện từ 01/7/2025 (xác nhận một phần; tối đa là cần lưu ý đến khi có văn bản yêu cầu nêu đích danh).",
                "        † = inherited obligation: the UBND xã/phường carry the district level's duty from 01/7/2025 (partly confirmed; at most a warning until a request names them)."));
        }

        Matrix(report, evaluator.Catalog, screen, loc);
        Findings(report, plan, screen, loc);
        Tasks(report, evaluator.Catalog, screen, loc);
        Notes(report, screen, loc);

        var t = report.Totals;
        screen.Line();
        screen.Line(loc.T(
            $"Tổng cộng: {report.Findings.Count} phát hiện ({t.Violations} cần xử lý, {t.Warnings} cần lưu ý, {t.Infos} thông tin); {t.Reports} báo cáo năm: {t.OnTime} đúng hạn, {t.Late} gửi chậm, {t.Missing} chưa gửi, {t.WrongRoute} gửi không đúng nơi nhận, {t.NotDue} chưa đến hạn, {t.Pending} chờ hạn.",
            $"Total: {report.Findings.Count} findings ({t.Violations} action needed, {t.Warnings} attention, {t.Infos} information); {t.Reports} annual reports: {t.OnTime} on time, {t.Late} late, {t.Missing} not sent, {t.WrongRoute} wrong recipient, {t.NotDue} not yet due, {t.Pending} pending."),
            new Style(decoration: Decoration.Bold));
    }

    private static void Matrix(ComplianceReport report, BodyCatalog catalog, Screen screen, Loc loc)
    {
        // A plan of yearly duties keeps its heading; one with half-yearly or quarterly reports names periods, not years.
        screen.Heading(report.ReportStatuses.Any(c => c.SubPeriod is not null)
            ? loc.T("Báo cáo định kỳ theo cơ quan và kỳ", "Periodic reports by body and period")
            : loc.T("Báo cáo năm theo cơ quan và kỳ", "Annual reports by body and period"));
        if (report.ReportStatuses.Count == 0)
        {
            screen.Line(loc.T("Chưa có kỳ báo cáo nào bắt đầu.", "No reporting period has begun."));
            return;
        }

        var periods = report.Periods;
        var table = screen.NewTable();
        table.AddColumn(new TableColumn(loc.T("Cơ quan", "Body")));
        foreach (var p in periods)
        {
            var dues = report.ReportStatuses.Where(c => c.Period == p.Period && c.SubPeriod == p.SubPeriod && c.DueOn is not null).Select(c => DueText(c.DueOn, c.DueConfidence)).Distinct().ToList();
            var header = loc.T(p.Label) + (dues.Count == 1 ? "\n" + loc.T("hạn ", "due ") + dues[0] : string.Empty);
            table.AddColumn(new TableColumn(header).Centered());
        }

        // One column per year, half and quarter (docs/report-format.md).
        var cells = report.ReportStatuses.ToDictionary(c => (c.BodyId, SubPeriod.Key(c.Period, c.SubPeriod)));
        // Rows in the report's order of bodies (the official order: docs/report-format.md).
        var rows = report.Bodies.Select(s => s.BodyId).Where(id => report.ReportStatuses.Any(c => c.BodyId == id))
            .Select(id => (Id: id, Body: catalog.TryGet(id, out var b) ? b : null))
            .ToList();
        foreach (var (id, body) in rows)
        {
            var row = new List<Spectre.Console.Rendering.IRenderable> { Screen.Cell(RowLabel(id, body, periods, cells)) };
            foreach (var p in periods)
            {
                row.Add(cells.TryGetValue((id, SubPeriod.Key(p.Period, p.SubPeriod)), out var c)
                    ? Screen.Cell(StatusText.Cell(c.Status, loc) + (c.DueOn is not null && c.DueConfidence is not Confidence.Confirmed ? "*" : string.Empty) + (c.IsInherited ? "†" : string.Empty), StatusText.CellStyle(c.Status))
                    : Screen.Cell("-"));
            }

            table.AddRow(row);
        }

        var totals = new List<Spectre.Console.Rendering.IRenderable> { Screen.Cell(loc.T("Đúng hạn / số báo cáo", "On time / reports")) };
        totals.AddRange(periods.Select(p => Screen.Cell(string.Create(CultureInfo.InvariantCulture, $"{p.Counts.OnTime}/{p.Counts.Reports}"))));
        table.AddRow(totals);
        screen.Write(table);
    }

    private static string RowLabel(string id, Body? body, IReadOnlyList<PeriodSummary> periods, Dictionary<(string, string), ReportStatus> cells)
    {
        if (body is null) return id;
        var named = periods.Where(p => cells.ContainsKey((id, SubPeriod.Key(p.Period, p.SubPeriod))))
            .Select(p => (Period: p.Label.Vi, Name: body.NameOn(p.CutOff <= (body.DissolvedOn ?? DateOnly.MaxValue) ? p.CutOff : body.DissolvedOn!.Value.AddDays(-1)))).ToList();
        if (named.Count == 0) return body.Names[^1].Vi;
        var latest = named[^1].Name;
        var older = named.Where(n => n.Name != latest).GroupBy(n => n.Name).Select(g => string.Join(", ", g.Select(x => x.Period).Distinct()) + ": " + g.Key).ToList();
        return older.Count == 0 ? latest : $"{latest} ({string.Join("; ", older)})";
    }

    private static string DueText(DateOnly? due, Confidence? confidence) =>
        Loc.Date(due) + (due is not null && confidence is not Confidence.Confirmed ? "*" : string.Empty);

    private static void Findings(ComplianceReport report, Plan.PlanDocument plan, Screen screen, Loc loc)
    {
        screen.Heading(loc.T($"Phát hiện ({report.Findings.Count})", $"Findings ({report.Findings.Count})"));
        if (report.Findings.Count == 0)
        {
            screen.Line(loc.T("Không có phát hiện nào.", "No findings."));
            return;
        }

        foreach (var severity in new[] { FindingSeverity.Violation, FindingSeverity.Warning, FindingSeverity.Info })
        {
            var group = report.Findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0) continue;
            screen.Line();
            screen.Line($"{StatusText.Severity(severity, loc)} ({group.Count})", StatusText.SeverityStyle(severity));
            foreach (var f in group)
            {
                var parts = new List<string> { f.BodyName ?? f.BodyId };
                if (f.PeriodLabel is { } p) parts.Add(loc.T("kỳ ", "period ") + loc.T(p));
                if (f.DueOn is not null) parts.Add(loc.T("hạn ", "due ") + DueText(f.DueOn, f.DueConfidence));
                parts.Add((plan.TryFind(f.ClausePath, out _) ? loc.T("điều khoản ", "clause ") : loc.T("căn cứ ", "basis ")) + f.ClausePath);
                screen.Line($"- [{f.Code}] {string.Join(" | ", parts)}");
                screen.Line("  " + loc.T(f.Message));
                screen.Line("  " + loc.T("Mã phát hiện: ", "Finding id: ") + f.Id, new Style(Color.Grey));
            }
        }
    }

    private static void Tasks(ComplianceReport report, BodyCatalog catalog, Screen screen, Loc loc)
    {
        screen.Heading(loc.T("Nhiệm vụ Phụ lục (theo 4 trạng thái)", "Appendix tasks (four-way status)"));
        var t = report.Totals;
        var counts = screen.NewTable(
            loc.T("Đã hoàn thành đúng hạn", "Completed on time"),
            loc.T("Đã hoàn thành quá hạn", "Completed late"),
            loc.T("Chưa hoàn thành trong hạn", "Open, within deadline"),
            loc.T("Chưa hoàn thành quá hạn", "Open, overdue"),
            loc.T("Tỷ lệ quá hạn", "Overdue share"));
        counts.AddRow(
            t.TasksCompletedOnTime.ToString(CultureInfo.InvariantCulture),
            t.TasksCompletedLate.ToString(CultureInfo.InvariantCulture),
            t.TasksOpenWithinDeadline.ToString(CultureInfo.InvariantCulture),
            t.TasksOpenOverdue.ToString(CultureInfo.InvariantCulture),
            t.TasksDue == 0 ? "-" : (t.OverdueShare * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%");
        screen.Write(counts);
        if (report.TaskStatuses.Count == 0) return;

        var list = screen.NewTable(
            loc.T("Nhiệm vụ", "Task"),
            loc.T("Cơ quan chủ trì", "Lead body"),
            loc.T("Kỳ", "Period"),
            loc.T("Trạng thái", "Status"),
            loc.T("Hạn", "Due"),
            loc.T("Hoàn thành", "Completed"));
        foreach (var s in report.TaskStatuses)
        {
            var name = catalog.TryGet(s.BodyId, out var b) ? b.Names[^1].Vi : s.BodyId;
            list.AddRow(
                Screen.Cell(s.TaskId),
                Screen.Cell(name),
                Screen.Cell(s.Period.ToString(CultureInfo.InvariantCulture)),
                Screen.Cell(StatusText.Task(s.Status, loc), s.Status is TaskComplianceStatus.OpenOverdue or TaskComplianceStatus.CompletedLate ? new Style(Color.Red) : (Style?)null),
                Screen.Cell(Loc.Date(s.DueOn)),
                Screen.Cell(Loc.Date(s.CompletedOn)));
        }

        screen.Write(list);
    }

    private static void Notes(ComplianceReport report, Screen screen, Loc loc)
    {
        if (report.Notes.Count == 0) return;
        screen.Heading(loc.T($"Ghi chú ({report.Notes.Count})", $"Notes ({report.Notes.Count})"));
        foreach (var n in report.Notes)
        {
            screen.Line($"- [{n.Code}] {loc.T(n.Message)}");
        }
    }
}
