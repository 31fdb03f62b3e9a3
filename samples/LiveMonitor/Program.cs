using System.Globalization;
using System.Text;
using LaiChau.PlanRules;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

// A host that receives reports one at a time, as a document register does. It starts a ComplianceMonitor on
// the evidence without its reports, then feeds the reports in the order they were received, moving the as-of
// date to each report's Vietnam date, and prints the findings as they appear (+) and disappear (−).
// At the end it checks the monitor against a full evaluation of the same evidence.
// Usage: LiveMonitor [evidence.json] [--lang en]. Without a file: the illustrative evidence.
Console.OutputEncoding = Encoding.UTF8;
var path = Path.Combine(AppContext.BaseDirectory, "data", "illustrative-evidence.json");
var lang = "vi";
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--lang" && i + 1 < args.Length) lang = args[++i];
    else path = args[i];
}

var en = lang == "en";
var evaluator = ComplianceEvaluator.Create();
try
{
    var evidence = EvidenceReader.ReadFile(path);
    var reports = evidence.Reports.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
    if (reports.Count == 0)
    {
        Console.Error.WriteLine(en ? "The evidence has no reports to feed." : "Bộ chứng cứ không có báo cáo nào để đưa vào.");
        return 2;
    }

    if (evidence.Illustrative) Console.WriteLine(en ? "ILLUSTRATIVE DATA" : "DỮ LIỆU MINH HỌA");
    var start = VietnamTime.LocalDate(reports[0].ReceivedAt);
    using var monitor = evaluator.CreateMonitor(evidence with { Reports = [] }, start);

    // FindingsChanged runs inside the monitor's lock: collect the ids there, print after each change.
    var added = new List<string>();
    var removed = new List<string>();
    monitor.FindingsChanged += (_, e) =>
    {
        added.AddRange(e.Added);
        removed.AddRange(e.Removed);
    };

    var known = monitor.Snapshot().Findings.ToDictionary(f => f.Id, StringComparer.Ordinal);
    Console.WriteLine(en
        ? $"{D(start)}  monitor started without reports: {known.Count} findings"
        : $"{D(start)}  bắt đầu theo dõi, chưa có báo cáo: {known.Count} phát hiện");

    foreach (var report in reports)
    {
        var day = VietnamTime.LocalDate(report.ReceivedAt);
        if (day > monitor.AsOf)
        {
            monitor.AdvanceTo(day);
            Print(en ? $"{D(day)}  the date moves on" : $"{D(day)}  chuyển sang ngày mới", onlyIfChanged: true);
        }

        monitor.AddReport(report);
        var sender = evaluator.Catalog.Get(report.Body).NameOn(day);
        Print(en
            ? $"{D(day)}  received {report.Id}: {sender}, report for {report.Period}"
            : $"{D(day)}  nhận {report.Id}: {sender}, báo cáo năm {report.Period}", onlyIfChanged: false);
    }

    if (evidence.AsOf is { } end && end > monitor.AsOf)
    {
        monitor.AdvanceTo(end);
        Print(en ? $"{D(end)}  the date moves on" : $"{D(end)}  chuyển sang ngày mới", onlyIfChanged: true);
    }

    var snapshot = monitor.Snapshot();
    var t = snapshot.Totals;
    Console.WriteLine(en
        ? $"Summary as of {D(snapshot.AsOf)}: {t.Reports} report obligations: {t.OnTime} on time, {t.Late} late, {t.Missing} missing, {t.WrongRoute} by the wrong route, {t.NotDue} not yet due; findings by severity: violation {t.Violations}, warning {t.Warnings}, information {t.Infos}."
        : $"Tổng hợp đến ngày {D(snapshot.AsOf)}: {t.Reports} nghĩa vụ báo cáo: {t.OnTime} đúng hạn, {t.Late} gửi chậm, {t.Missing} chưa gửi, {t.WrongRoute} gửi không đúng nơi nhận, {t.NotDue} chưa đến hạn; phát hiện: {t.Violations} cần xử lý, {t.Warnings} cần lưu ý, {t.Infos} thông tin.");

    // The monitor promises the findings of a full evaluation of the same evidence at the same date.
    var full = evaluator.Evaluate(monitor.CurrentEvidence(), monitor.AsOf).Findings.Select(f => f.Id);
    if (!full.SequenceEqual(snapshot.Findings.Select(f => f.Id)))
    {
        Console.Error.WriteLine(en ? "The monitor differs from a full evaluation." : "Kết quả theo dõi khác với đánh giá toàn bộ.");
        return 1;
    }

    Console.WriteLine(en ? "Same findings as a full evaluation of the same evidence." : "Khớp với đánh giá toàn bộ cùng bộ chứng cứ.");
    return 0;

    void Print(string what, bool onlyIfChanged)
    {
        if (onlyIfChanged && added.Count + removed.Count == 0) return;
        var current = monitor.Snapshot().Findings.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Console.WriteLine(what);
        foreach (var id in removed) Console.WriteLine($"  − {Line(known[id])}");
        foreach (var id in added) Console.WriteLine($"  + {Line(current[id])}");
        if (added.Count + removed.Count == 0) Console.WriteLine(en ? "  (no change)" : "  (không thay đổi)");
        added.Clear();
        removed.Clear();
        known = current;
    }
}
catch (PlanRulesInputException e)
{
    Console.Error.WriteLine(e.GetMessage(lang)); // in the language asked for (Vietnamese by default)
    return 2;
}

string Line(Finding f) => $"{f.Code,-22} {f.Message.In(lang)}";

static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
