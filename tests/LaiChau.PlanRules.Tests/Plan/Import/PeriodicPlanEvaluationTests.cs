using System.Text;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Plan.Import;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>
/// Another province's plan with half-yearly (Sơn Hà, "định kỳ 6 tháng (trước ngày 15/6 và 15/12 hằng năm)") or
/// quarterly (Điện Sơn, rewritten "hằng quý … trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm") reports, imported from its
/// text and evaluated: each half or quarter is an obligation with its stated date, judged by the same rules as a year.
/// </summary>
public class PeriodicPlanEvaluationTests
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    // The Sơn Hà draft as SonHaDocxImportTests imports it (with the host's deadline policies named).
    private static readonly Lazy<BodyCatalog> SonHaCatalog = SonHaDocxImportTests.Catalog;

    private static readonly Lazy<PlanDocument> SonHa = new(() => SonHaDocxImportTests.Plan);

    private static readonly Lazy<BodyCatalog> DienSonCatalog = new(() => ImportTestFiles.Catalog("dien-son-bodies.json"));

    private static readonly Lazy<PlanImportResult> DienSonQuarterly = new(() =>
    {
        var text = File.ReadAllText(ImportTestFiles.PathOf("dien-son-plan.txt"));
        const string yearly = "định kỳ hằng năm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/12 hằng năm";
        Assert.Contains(yearly, text, StringComparison.Ordinal);
        text = text.Replace(yearly, "hằng quý báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm", StringComparison.Ordinal);
        return PlanImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), "dien-son-quy.txt", new PlanImportOptions { Catalog = DienSonCatalog.Value });
    });

    private static ComplianceReport EvaluateSonHa(DateOnly asOf, params ReceivedReport[] reports) =>
        ComplianceEvaluator.Create(o => { o.Plan = SonHa.Value; o.Catalog = SonHaCatalog.Value; }).Evaluate(new EvidenceSet
        {
            AsOf = asOf,
            Plan = new PlanOverrides { SignedOn = new DateOnly(2025, 9, 15) }, // the draft, once signed
            Policy = new PolicyOverrides { LastYear = 2026 },
            Reports = reports,
        });

    private static ReceivedReport Report(string id, int year, int? half, DateTimeOffset at, int? quarter = null, string body = "so-tai-chinh") => new()
    {
        Id = id, Body = body, Period = year, Half = half, Quarter = quarter, ReceivedAt = at, Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu",
    };

    [Fact]
    public void Import_HalfYearlyDuty_WritesBothStatedDates()
    {
        var t = SonHa.Value.ObligationTemplates.Single(x => x.Id == "half-yearly-report");

        Assert.Equal(ObligationFrequency.HalfYearly, t.Frequency);
        Assert.Equal(["trước ngày 15/6 hằng năm", "trước ngày 15/12 hằng năm"], t.StatedDeadlines.Select(d => d.Text));
        Assert.Null(t.StatedDeadline);
    }

    [Fact]
    public void Evaluate_HalfYearlyPlan_MissingH1_LateH2_OnTimeH2()
    {
        var report = EvaluateSonHa(
            new DateOnly(2027, 1, 10),
            // H2 2025, due "trước ngày 15/12" = Sunday 14/12/2025 (kept: never moved onto the 15th): at 23:59 it is on time.
            Report("h2-2025", 2025, 2, new DateTimeOffset(2025, 12, 14, 23, 59, 0, Vn)),
            // H2 2026, due Monday 14/12/2026: a minute after midnight is late.
            Report("h2-2026", 2026, 2, new DateTimeOffset(2026, 12, 15, 0, 1, 0, Vn)),
            // The yearly report of 2025 answers the yearly duty, not the second half.
            Report("y-2025", 2025, null, new DateTimeOffset(2025, 12, 10, 9, 0, 0, Vn)));

        var mine = report.Findings.Where(f => f.BodyId == "so-tai-chinh" && f.ObligationId!.StartsWith("half-yearly-report:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "REPORT_MISSING:half-yearly-report:so-tai-chinh:2026-H1",
                "REPORT_LATE:half-yearly-report:so-tai-chinh:2026-H2",
            ],
            mine.Select(f => f.Id));
        var missing = mine[0];
        Assert.Equal((2026, "H1", new DateOnly(2026, 6, 14), Confidence.Confirmed), (missing.Period!.Value, missing.SubPeriod!.Code, missing.DueOn!.Value, missing.DueConfidence!.Value));
        Assert.Contains("6 tháng đầu năm 2026", missing.Message.Vi, StringComparison.Ordinal);
        Assert.Contains("first half of 2026", missing.Message.En, StringComparison.Ordinal);
        Assert.Contains("6 tháng cuối năm 2026", mine[1].Message.Vi, StringComparison.Ordinal);

        // Its explanation gives the half's window and the plan's words.
        var steps = ComplianceEvaluator.Create(o => { o.Plan = SonHa.Value; o.Catalog = SonHaCatalog.Value; }).Explain(report, missing.Id)!.DeadlineSteps;
        Assert.StartsWith("Kỳ báo cáo 6 tháng đầu năm 2026: số liệu từ 15/12/2025 đến 14/06/2026", steps[0].Vi, StringComparison.Ordinal);
        Assert.Contains("trước ngày 15/6 hằng năm", steps[1].Vi, StringComparison.Ordinal);

        // The matrix has one column per half, beside the year's.
        var cells = report.ReportStatuses.Where(c => c.BodyId == "so-tai-chinh").Select(c => $"{SubPeriod.Key(c.Period, c.SubPeriod)}={c.Status}").ToList();
        Assert.Equal(["2025-H2=OnTime", "2025=OnTime", "2026-H1=Missing", "2026-H2=Late", "2026=Missing"], cells);
        Assert.Equal(["2025-H2", "2025", "2026-H1", "2026-H2", "2026"], report.Periods.Select(p => SubPeriod.Key(p.Period, p.SubPeriod)));
        var h1 = report.Periods.Single(p => p.Period == 2026 && p.SubPeriod?.Code == "H1");
        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 6, 14)), (h1.WindowStart, h1.CutOff));

        // H1 2025 closed (14/6/2025) before the plan was signed (15/9/2025): not owed.
        Assert.DoesNotContain(report.ReportStatuses, c => c.Period == 2025 && c.SubPeriod?.Code == "H1");
    }

    [Fact]
    public void Evaluate_HalfYearlyPlan_OutputsShowTheHalf()
    {
        var report = EvaluateSonHa(new DateOnly(2026, 7, 1));

        var json = ComplianceReportJson.Serialize(report);
        Assert.Contains("\"subPeriod\": \"H1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"periodLabel\": \"6 tháng đầu năm 2026\"", json, StringComparison.Ordinal);
        Assert.Contains("\"periodLabel\": \"first half of 2026\"", ComplianceReportJson.Serialize(report, "en"), StringComparison.Ordinal);
        var csv = FindingsCsv.Serialize(report, "en");
        Assert.Contains(",first half of 2026,", csv, StringComparison.Ordinal);
        Assert.Contains(",6 tháng đầu năm 2026,", FindingsCsv.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Evidence_HalfOutOfRange_IsAnInputErrorAtItsPath()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => EvaluateSonHa(new DateOnly(2026, 7, 1), Report("bad", 2026, 3, new DateTimeOffset(2026, 6, 1, 9, 0, 0, Vn))));
        Assert.Equal("reports[0].half", e.JsonPath);
        Assert.Contains("Half 3", e.LocalizedReason.En, StringComparison.Ordinal);

        var both = Assert.Throws<PlanRulesInputException>(() => EvaluateSonHa(new DateOnly(2026, 7, 1), Report("bad", 2026, 1, new DateTimeOffset(2026, 6, 1, 9, 0, 0, Vn), quarter: 2)));
        Assert.Equal("reports[0].quarter", both.JsonPath);
    }

    [Fact]
    public void Import_QuarterlyDuty_WritesFourStatedDates()
    {
        var plan = DienSonQuarterly.Value.Plan ?? throw new InvalidOperationException(DienSonQuarterly.Value.PlanLoadError);
        var t = plan.ObligationTemplates.Single(x => x.Id == "quarterly-report");

        Assert.Equal(["trước ngày 15/3 hằng năm", "trước ngày 15/6 hằng năm", "trước ngày 15/9 hằng năm", "trước ngày 15/12 hằng năm"], t.StatedDeadlines.Select(d => d.Text));
    }

    [Fact]
    public void Evaluate_QuarterlyPlan_MissingQ1_LateQ2_OnTimeQ3()
    {
        var plan = DienSonQuarterly.Value.Plan ?? throw new InvalidOperationException(DienSonQuarterly.Value.PlanLoadError);
        var evaluator = ComplianceEvaluator.Create(o => { o.Plan = plan; o.Catalog = DienSonCatalog.Value; });
        var report = evaluator.Evaluate(new EvidenceSet
        {
            AsOf = new DateOnly(2026, 10, 1),
            Policy = new PolicyOverrides { LastYear = 2026 },
            Reports =
            [
                // Q2 due Sunday 14/6/2026: 15/6 is late.
                new ReceivedReport { Id = "q2", Body = "so-tai-chinh", Period = 2026, Quarter = 2, ReceivedAt = new DateTimeOffset(2026, 6, 15, 8, 0, 0, Vn), Addressee = "so-noi-vu", DeliveredTo = "so-noi-vu" },
                // Q3 due Monday 14/9/2026, received on the day (UTC 16:59 is 23:59 in Vietnam).
                new ReceivedReport { Id = "q3", Body = "so-tai-chinh", Period = 2026, Quarter = 3, ReceivedAt = new DateTimeOffset(2026, 9, 14, 16, 59, 0, TimeSpan.Zero), Addressee = "so-noi-vu", DeliveredTo = "so-noi-vu" },
            ],
        });

        // Signed 12/09/2025: Q3 2025 (cut-off 14/09) and Q4 2025 are owed too; 2026 is the year looked at here.
        var mine = report.Findings.Where(f => f.BodyId == "so-tai-chinh" && f.Period == 2026 && f.ObligationId!.StartsWith("quarterly-report:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "REPORT_MISSING:quarterly-report:so-tai-chinh:2026-Q1",
                "REPORT_LATE:quarterly-report:so-tai-chinh:2026-Q2",
            ],
            mine.Select(f => f.Id));
        Assert.Equal(new DateOnly(2026, 3, 14), mine[0].DueOn);
        Assert.Contains("Quý I/2026", mine[0].Message.Vi, StringComparison.Ordinal);
        Assert.Contains("Q2 2026", mine[1].Message.En, StringComparison.Ordinal);
        var cells = report.ReportStatuses.Where(c => c.BodyId == "so-tai-chinh" && c.Period == 2026).Select(c => $"{c.SubPeriod?.Code}={c.Status}").ToList();
        // Q4's window (15/9-14/12) has begun on 01/10: not due yet.
        Assert.Equal(["Q1=Missing", "Q2=Late", "Q3=OnTime", "Q4=NotDue"], cells);
    }

    [Fact]
    public void Evaluate_HalfReport_WithAPlanOfYearlyDutiesOnly_IsUnexpectedAndNamesTheHalf()
    {
        // Lai Châu's plan has no half-yearly duty: a report for the first half of 2025 answers no obligation, and is not
        // taken for the 2025 yearly report either.
        var report = ComplianceEvaluator.Create().Evaluate(new EvidenceSet
        {
            AsOf = new DateOnly(2025, 7, 1),
            Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
            Reports = [Report("h1", 2025, 1, new DateTimeOffset(2025, 6, 10, 9, 0, 0, Vn))],
        });

        var f = Assert.Single(report.Findings, x => x.Code == "REPORT_UNEXPECTED");
        Assert.Equal(("REPORT_UNEXPECTED:h1", "H1"), (f.Id, f.SubPeriod?.Code));
        Assert.Contains("báo cáo kỳ 6 tháng đầu năm 2025 (h1)", f.Message.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain(report.ReportStatuses, c => c.EvidenceId == "h1");
    }

    [Fact]
    public void Monitor_HalfYearlyPlan_SnapshotEqualsAFullEvaluation()
    {
        var evaluator = ComplianceEvaluator.Create(o => { o.Plan = SonHa.Value; o.Catalog = SonHaCatalog.Value; });
        var start = new EvidenceSet
        {
            AsOf = new DateOnly(2026, 6, 1),
            Plan = new PlanOverrides { SignedOn = new DateOnly(2025, 9, 15) },
            Policy = new PolicyOverrides { LastYear = 2026 },
        };
        using var monitor = evaluator.CreateMonitor(start);
        var h1 = Report("h1-2026", 2026, 1, new DateTimeOffset(2026, 6, 15, 0, 1, 0, Vn));

        // The first half of 2026 is due Sunday 14/06/2026: moving past it makes it missing, the report received a minute
        // after midnight makes it late; the yearly report's cell stays as it was.
        monitor.AdvanceTo(new DateOnly(2026, 6, 15));
        Assert.Contains(monitor.Snapshot().Findings, f => f.Id == "REPORT_MISSING:half-yearly-report:so-tai-chinh:2026-H1");
        monitor.AddReport(h1);
        var snapshot = monitor.Snapshot();

        var full = evaluator.Evaluate(start with { Reports = [h1] }, new DateOnly(2026, 6, 15));
        Assert.Equal(full.Findings.Select(f => f.Id), snapshot.Findings.Select(f => f.Id));
        Assert.Contains(snapshot.Findings, f => f.Id == "REPORT_LATE:half-yearly-report:so-tai-chinh:2026-H1");
        Assert.Equal(
            full.ReportStatuses.Select(c => $"{c.ObligationId}={c.Status}"),
            snapshot.ReportStatuses.Select(c => $"{c.ObligationId}={c.Status}"));
    }

    [Fact]
    public void Evaluate_PeriodDeadlineRequestForAHalf_SetsThatHalfsDueDateOnly()
    {
        // A công văn asks for the first half's reports by 10/06/2026: that half's due date is the request's (confirmed);
        // the second half keeps the plan's 14/12/2026.
        var request = new ReportRequest
        {
            Id = "YC-2026-H1", Kind = ReportRequestKind.PeriodDeadline, DocumentNumber = "512/SNV-TH", DocumentDate = new DateOnly(2026, 5, 20),
            Period = 2026, Half = 1, DueOn = new DateOnly(2026, 6, 10), Groups = ["provincial-departments"],
        };
        var evaluator = ComplianceEvaluator.Create(o => { o.Plan = SonHa.Value; o.Catalog = SonHaCatalog.Value; });

        var report = evaluator.Evaluate(new EvidenceSet
        {
            AsOf = new DateOnly(2026, 12, 20),
            Plan = new PlanOverrides { SignedOn = new DateOnly(2025, 9, 15) },
            Policy = new PolicyOverrides { LastYear = 2026 },
            Requests = [request],
            Reports = [Report("h1", 2026, 1, new DateTimeOffset(2026, 6, 12, 9, 0, 0, Vn))],
        });

        var late = Assert.Single(report.Findings, f => f.Id == "REPORT_LATE:half-yearly-report:so-tai-chinh:2026-H1");
        Assert.Equal((new DateOnly(2026, 6, 10), "YC-2026-H1", false), (late.DueOn!.Value, late.DeadlinePolicy, late.IsDueAssumed));
        Assert.Equal(new DateOnly(2026, 12, 14), report.ReportStatuses.Single(c => c.ObligationId == "half-yearly-report:so-tai-chinh:2026-H2").DueOn);
        Assert.NotEqual(new DateOnly(2026, 6, 10), report.ReportStatuses.Single(c => c.ObligationId == "annual-report:so-tai-chinh:2026").DueOn);

        var adHoc = Assert.Throws<PlanRulesInputException>(() => evaluator.Evaluate(new EvidenceSet
        {
            AsOf = new DateOnly(2026, 12, 20),
            Plan = new PlanOverrides { SignedOn = new DateOnly(2025, 9, 15) },
            Requests = [request with { Kind = ReportRequestKind.AdHoc }],
        }));
        Assert.Equal("requests[0].half", adHoc.JsonPath);
    }
}
