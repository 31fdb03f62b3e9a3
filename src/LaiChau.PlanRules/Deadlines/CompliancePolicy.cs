using System.Globalization;

namespace LaiChau.PlanRules.Deadlines;

/// <summary>
/// Every policy the compliance rules rest on, with its documented default (docs/policies.md gives each
/// default's source and confidence). Facts that docs/policies.md does not mark confirmed are policies here, never
/// silent constants. Bindable from configuration (section <c>PlanRules:Policy</c>); validated when the
/// evaluator is built and when a host starts.
/// </summary>
public sealed class CompliancePolicy
{
    /// <summary>The default name of the annual-report deadline policy, as plan templates cite it.</summary>
    public const string AnnualReport = "annual-report";

    /// <summary>The name of the implementation-plan deadline policy.</summary>
    public const string ImplementationPlan = "implementation-plan";

    /// <summary>The name of Sở Nội vụ's synthesis deadline policy.</summary>
    public const string Synthesis = "synthesis";

    /// <summary>The name of the deadline policy for "Hằng năm" appendix tasks.</summary>
    public const string AnnualTask = "annual-task";

    /// <summary>
    /// The first period covered. When null, it is the first period whose cut-off falls after the plan's
    /// signing date; an unsigned plan then needs this setting.
    /// </summary>
    public int? FirstYear { get; set; }

    /// <summary>The last period covered: 2030 by default, the 45-NQ/TW horizon (a policy: docs/policies.md, facts §1, confirms only the 2045 vision).</summary>
    public int LastYear { get; set; } = 2030;

    /// <summary>The month of the annual cut-off: 12 (Decree 09/2019/NĐ-CP Art. 12: 15/12 of the previous year to 14/12; P).</summary>
    public int CutOffMonth { get; set; } = 12;

    /// <summary>The day of the annual cut-off: 14. The window of period Y runs from the day after the cut-off of Y-1 to the cut-off of Y.</summary>
    public int CutOffDay { get; set; } = 14;

    /// <summary>How sure the annual window is: partial by default (copied from Decree 09 by circulars).</summary>
    public Confidence CutOffConfidence { get; set; } = Confidence.Partial;

    /// <summary>
    /// How sure the half-year and quarter windows are: partial by default. Decree 09/2019/NĐ-CP Art. 12 gives them
    /// (half-years 15/12–14/6 and 15/6–14/12; a quarter from the 15th of the month before it to the 14th of its last
    /// month), copied by circulars (P), like the annual window. Their cut-offs follow <see cref="CutOffDay"/>, moved back
    /// from <see cref="CutOffMonth"/> by 6 months (the first half) or by 9, 6 and 3 months (the first three quarters);
    /// the last half or quarter ends on the annual cut-off.
    /// </summary>
    public Confidence SubPeriodCutOffConfidence { get; set; } = Confidence.Partial;

    /// <summary>
    /// Deadline rules by policy name. The default has one entry, <c>annual-report</c>: 2 working days after
    /// the cut-off, unconfirmed for Lai Châu ("hạn giả định"), and <c>annual-task</c>: 14/12 of the
    /// period's year, assumed. Any other name (implementation-plan, synthesis, ...) has no deadline until
    /// configured. Another province's templates may cite names of their own.
    /// </summary>
    public Dictionary<string, DeadlineRule> Deadlines { get; set; } = DefaultDeadlines();

    /// <summary>The configured review milestones (sơ kết, tổng kết). None by default: the plan fixes no dates.</summary>
    public List<ReviewMilestone> ReviewMilestones { get; set; } = [];

    /// <summary>How many working days before a deadline a missing report is flagged as due soon (default 5).</summary>
    public int ReminderWorkingDays { get; set; } = 5;

    /// <summary>
    /// Whether a deadline that falls on a day off moves to the next working day (Civil Code Art. 148(5));
    /// on by default (whether it binds administrative reporting is unconfirmed).
    /// </summary>
    public bool RollForward { get; set; } = true;

    /// <summary>
    /// Which instant of a report decides timeliness (default: received). Unconfirmed (U): Decree 09/2019/NĐ-CP speaks of a
    /// "thời hạn gửi báo cáo", a deadline to send, so whether receipt or sending decides is not settled (docs/policies.md).
    /// </summary>
    public TimelinessBasis Timeliness { get; set; } = TimelinessBasis.Received;

    /// <summary>
    /// Whether a task completed after its original deadline but within an extension counts as on time
    /// (default true; docs/policies.md, facts §5 marks it unconfirmed).
    /// </summary>
    public bool ExtensionCountsAsOnTime { get; set; } = true;

    /// <summary>
    /// Whether each UBND xã/phường owes, from the 2025 period, the III.1 duties the plan put on the districts (default
    /// true). Law 72/2025/QH15 ended the district level on 01/7/2025 and the communes took over most district duties
    /// (P); no document found re-assigns this plan's III.1 duty in so many words. Such obligations are marked inherited
    /// and partly confirmed, and a finding on one is at most a warning until a request names the commune or the
    /// <c>commune-committees</c> group. False leaves the communes out.
    /// </summary>
    public bool CommunesInheritDistrictDuties { get; set; } = true;

    /// <summary>
    /// Whether "trước ngày 15/12" means the last day is 14/12 (true, the literal reading, the default) or
    /// 15/12. Unconfirmed: a policy.
    /// </summary>
    public bool BeforeDateMeansDayBefore { get; set; } = true;

    /// <summary>
    /// When the last day of a "trước ngày X" deadline (X − 1) is a day off: kept (the default) or moved back to
    /// the previous working day. It is never rolled forward, which would land on X, the excluded day; so
    /// <see cref="RollForward"/> does not apply to it. Unconfirmed (U): a policy.
    /// </summary>
    public BeforeDateDayOff BeforeDateOnDayOff { get; set; } = BeforeDateDayOff.Keep;

    /// <summary>Creates the default deadline table.</summary>
    /// <returns>A new dictionary with the default entries.</returns>
    public static Dictionary<string, DeadlineRule> DefaultDeadlines() => new(StringComparer.Ordinal)
    {
        [AnnualReport] = DeadlineRule.AfterWorkingDays(
            2,
            Confidence.Unconfirmed,
            "Giả định: 2 ngày làm việc sau ngày chốt số liệu (Nghị định 09/2019/NĐ-CP Điều 8(5)(b) đòi tối thiểu 1 ngày; Quyết định 01/2023/QĐ-UBND tỉnh Khánh Hòa dùng 2 ngày). Hạn của tỉnh Lai Châu chưa tìm thấy."),
        [AnnualTask] = DeadlineRule.OnDayOfYear(
            12,
            14,
            Confidence.Unconfirmed,
            "Giả định: nhiệm vụ \"Hằng năm\" đến hạn vào ngày chốt số liệu năm (14/12)."),
    };

    /// <summary>Returns a deep copy.</summary>
    /// <returns>A new policy with the same settings.</returns>
    internal CompliancePolicy Clone()
    {
        var copy = (CompliancePolicy)MemberwiseClone();
        copy.Deadlines = Deadlines.ToDictionary(kv => kv.Key, kv => kv.Value.Clone(), StringComparer.Ordinal);
        copy.ReviewMilestones = ReviewMilestones.Select(m => new ReviewMilestone
        {
            Id = m.Id, Kind = m.Kind, DueOn = m.DueOn, Confidence = m.Confidence, Source = m.Source,
        }).ToList();
        return copy;
    }

    /// <summary>Looks up a deadline rule by name; a missing name means no deadline.</summary>
    /// <param name="name">The policy name.</param>
    /// <returns>The rule, or a <see cref="DeadlineRuleKind.None"/> rule.</returns>
    public DeadlineRule DeadlineFor(string? name) =>
        name is not null && Deadlines.TryGetValue(name, out var rule) && rule is not null ? rule : DeadlineRule.None();

    /// <summary>Checks every setting; returns the problems found (empty when valid).</summary>
    /// <returns>The problems, one sentence each.</returns>
    /// <remarks>Each problem is in Vietnamese and English: the evaluator gives them as an input error of the evidence's policy.</remarks>
    internal IReadOnlyList<LocalizedText> Validate()
    {
        var problems = new List<LocalizedText>();
        if (FirstYear is < 1990 or > 2200) problems.Add(new("FirstYear phải trong khoảng 1990 đến 2200.", "FirstYear must be between 1990 and 2200."));
        if (LastYear is < 1990 or > 2200) problems.Add(new("LastYear phải trong khoảng 1990 đến 2200.", "LastYear must be between 1990 and 2200."));
        if (FirstYear is { } f && f > LastYear)
        {
            problems.Add(new(
                string.Create(CultureInfo.InvariantCulture, $"FirstYear {f} ở sau LastYear {LastYear}."),
                string.Create(CultureInfo.InvariantCulture, $"FirstYear {f} is after LastYear {LastYear}.")));
        }

        if (CutOffMonth is < 1 or > 12 || CutOffDay < 1 || CutOffDay > DateTime.DaysInMonth(2023, Math.Clamp(CutOffMonth, 1, 12)))
        {
            problems.Add(new(
                "CutOffMonth và CutOffDay phải tạo thành một ngày có thật của năm không nhuận.",
                "CutOffMonth and CutOffDay must form a valid day of a common year."));
        }

        if (ReminderWorkingDays is < 0 or > 60) problems.Add(new("ReminderWorkingDays phải từ 0 đến 60.", "ReminderWorkingDays must be 0 to 60."));
        foreach (var (name, rule) in Deadlines ?? [])
        {
            if (rule is null) problems.Add(new($"Quy tắc tính hạn '{name}' có giá trị null.", $"Deadline '{name}' is null."));
            else problems.AddRange(rule.LocalizedValidate(name));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in ReviewMilestones ?? [])
        {
            if (string.IsNullOrWhiteSpace(m.Id)) problems.Add(new("Một mốc sơ kết, tổng kết không có Id.", "A review milestone has no Id."));
            else if (!seen.Add(m.Id)) problems.Add(new($"Mốc sơ kết, tổng kết '{m.Id}' được định nghĩa hai lần.", $"Review milestone '{m.Id}' is defined twice."));
            if (m.DueOn == default) problems.Add(new($"Mốc sơ kết, tổng kết '{m.Id}' không có DueOn.", $"Review milestone '{m.Id}' has no DueOn."));
        }

        return problems;
    }
}
