using System.Text;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// The inputs the reliability tests share. The evidence is illustrative (made up for the tests, not a real
/// register) and touches every kind of evidence and most rules, so a difference anywhere shows in the report.
/// </summary>
internal static class ReliabilityData
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The as-of date of <see cref="RichEvidence"/>.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 20);

    /// <summary>
    /// Evidence for 2024-2026 with Vietnamese text and ids, an appendix of tasks, configured deadlines, a review
    /// milestone, calendar overrides, requests, on-time, late, misrouted, duplicate, replacing and unexpected
    /// reports, implementation plans, syntheses, reviews, task progress, studies and inspections.
    /// </summary>
    public static EvidenceSet RichEvidence() => new()
    {
        AsOf = AsOf,
        Illustrative = true,
        Description = "Dữ liệu minh họa cho kiểm thử độ tin cậy (không phải sổ văn bản thật).",
        Plan = new PlanOverrides
        {
            SignedOn = new DateOnly(2024, 10, 15),
            AppendixTasks =
            [
                new AppendixTaskSpec { Id = "t1", Title = "Rà soát chính sách thu hút nguồn nhân lực chất lượng cao", Lead = "so-noi-vu", Coordinating = ["so-tai-chinh"], Timing = "Quý III/2025", Product = "Báo cáo rà soát" },
                new AppendixTaskSpec { Id = "t2", Title = "Tổng hợp ý kiến đội ngũ trí thức", Lead = "so-y-te", Timing = "Hằng năm" },
                new AppendixTaskSpec { Id = "t3", Title = "Tuyên truyền về vai trò của đội ngũ trí thức", Lead = GroupIds.Districts, Timing = "Thường xuyên" },
            ],
        },
        Policy = new PolicyOverrides
        {
            FirstYear = 2024,
            LastYear = 2026,
            Deadlines = new Dictionary<string, DeadlineRule>
            {
                [CompliancePolicy.ImplementationPlan] = DeadlineRule.OnDate(new DateOnly(2024, 12, 31), Confidence.Unconfirmed, "Giả định cho kiểm thử"),
                [CompliancePolicy.Synthesis] = DeadlineRule.AfterWorkingDays(10, Confidence.Unconfirmed, "Giả định cho kiểm thử"),
            },
            ReviewMilestones = [new ReviewMilestone { Id = "so-ket-2025", Kind = ReviewKind.Interim, DueOn = new DateOnly(2025, 6, 30), Source = "Giả định cho kiểm thử" }],
            DaysOff = [new DayOffSpec { Date = new DateOnly(2025, 12, 16), NameVi = "Ngày nghỉ minh họa", NameEn = "An illustrative day off", Source = "kiểm thử" }],
            WorkingWeekendDays = [new WorkingDaySpec { Date = new DateOnly(2024, 12, 21), ReasonVi = "Làm bù minh họa", ReasonEn = "Illustrative make-up day" }],
        },
        Reports =
        [
            Report("Sổ đến 2024-001", "so-tai-chinh", 2024, new DateTimeOffset(2024, 12, 16, 9, 30, 0, Vietnam), tasks: ["t2"]),
            Report("Sổ đến 2024-002", "so-y-te", 2024, new DateTimeOffset(2024, 12, 20, 16, 0, 0, Vietnam), tasks: ["t2"]),
            Report("Sổ đến 2024-003", "so-noi-vu", 2024, new DateTimeOffset(2024, 12, 17, 8, 0, 0, Vietnam), deliveredTo: "ubnd-tinh", tasks: ["t1"]),
            Report("Sổ đến 2024-004", "ubnd-tam-duong", 2024, new DateTimeOffset(2024, 12, 18, 10, 0, 0, Vietnam), deliveredTo: "ubnd-tinh"),
            Report("Sổ đến 2024-005", "so-tai-chinh", 2024, new DateTimeOffset(2024, 12, 19, 10, 0, 0, Vietnam)),
            Report("Sổ đến 2025-001", "so-tai-chinh", 2025, new DateTimeOffset(2025, 12, 15, 9, 0, 0, Vietnam), onBehalfOf: "so-ke-hoach-dau-tu"),
            Report("Sổ đến 2025-002", "so-tai-chinh", 2025, new DateTimeOffset(2025, 12, 15, 14, 0, 0, Vietnam)),
            Report("Sổ đến 2025-003", "so-tai-chinh", 2025, new DateTimeOffset(2025, 12, 22, 14, 0, 0, Vietnam), replaces: "Sổ đến 2025-002", tasks: ["t2"]),
            Report("Sổ đến 2025-004", "dai-phat-thanh-truyen-hinh", 2025, new DateTimeOffset(2025, 12, 12, 9, 0, 0, Vietnam)),
            Report("Sổ đến 2025-005", "so-y-te", 2025, new DateTimeOffset(2025, 5, 14, 10, 0, 0, Vietnam), requestId: "CV đột xuất 01"),
            Report("Sổ đến 2025-006", "hoi-luat-gia", 2025, new DateTimeOffset(2025, 12, 18, 7, 45, 0, Vietnam), deliveredTo: null, addressee: null),
        ],
        ImplementationPlans =
        [
            new ImplementationPlanIssued { Id = "KH-001", Body = "so-y-te", IssuedOn = new DateOnly(2024, 12, 20), DocumentNumber = "12/KH-SYT" },
            new ImplementationPlanIssued { Id = "KH-002", Body = "so-tai-chinh", IssuedOn = new DateOnly(2025, 1, 5) },
        ],
        Syntheses = [new SynthesisSubmitted { Id = "TH-2024", Period = 2024, SubmittedAt = new DateTimeOffset(2025, 1, 20, 9, 0, 0, Vietnam) }],
        Reviews = [],
        TaskProgress =
        [
            new TaskProgress { Id = "TD-001", TaskId = "t1", Status = TaskProgressStatus.Completed, CompletedOn = new DateOnly(2025, 10, 10), Extensions = [new TaskExtension { NewDueOn = new DateOnly(2025, 10, 31), DocumentNumber = "88/UBND-TH", GrantedOn = new DateOnly(2025, 9, 20) }] },
            new TaskProgress { Id = "TD-002", TaskId = "t2", Body = "so-y-te", Period = 2024, Status = TaskProgressStatus.Completed, CompletedOn = new DateOnly(2024, 12, 20) },
            new TaskProgress { Id = "TD-003", TaskId = "t2", Body = "so-y-te", Period = 2025, Status = TaskProgressStatus.InProgress },
        ],
        Studies = [new StudyHeld { Id = "HT-001", Body = "so-y-te", HeldOn = new DateOnly(2024, 11, 5) }],
        Inspections = [new InspectionHeld { Id = "KT-001", Body = "so-noi-vu", Period = 2025, HeldOn = new DateOnly(2025, 8, 12) }],
        Requests =
        [
            new ReportRequest { Id = "CV kỳ 2025", Kind = ReportRequestKind.PeriodDeadline, DocumentNumber = "123/SNV-CCVC", DocumentDate = new DateOnly(2025, 11, 20), Period = 2025, DueOn = new DateOnly(2025, 12, 19), Bodies = ["so-y-te"] },
            new ReportRequest { Id = "CV hội 2025", Kind = ReportRequestKind.PeriodDeadline, DocumentNumber = "45/UBND-TH", DocumentDate = new DateOnly(2025, 11, 25), Period = 2025, DueOn = new DateOnly(2025, 12, 22), Groups = [GroupIds.Associations] },
            new ReportRequest { Id = "CV đột xuất 01", Kind = ReportRequestKind.AdHoc, DocumentNumber = "789/SNV-CCVC", DocumentDate = new DateOnly(2025, 5, 2), DueOn = new DateOnly(2025, 5, 15), Bodies = ["so-y-te", "so-tai-chinh"], Subject = "Báo cáo đột xuất về trí thức" },
        ],
    };

    /// <summary>The rich evidence as the evidence file format writes it (indented, NFC, no byte-order mark).</summary>
    public static string RichEvidenceJson() => EvidenceWriter.Serialize(RichEvidence());

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static ReceivedReport Report(string id, string body, int period, DateTimeOffset at, string? deliveredTo = "so-noi-vu", string? addressee = "ubnd-tinh",
        string? onBehalfOf = null, string? replaces = null, string? requestId = null, string[]? tasks = null) => new()
    {
        Id = id,
        Body = body,
        Period = period,
        ReceivedAt = at,
        DeliveredTo = deliveredTo,
        Addressee = addressee,
        OnBehalfOf = onBehalfOf,
        Replaces = replaces,
        RequestId = requestId,
        TaskResults = (tasks ?? []).Select(t => new TaskResult { TaskId = t, Result = "Đã thực hiện theo kế hoạch" }).ToList(),
    };
}
