using System.Globalization;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Deadlines;

/// <summary>
/// Computes due dates from the plan's stated deadlines and the named deadline policies, on the working-day
/// calendar. Shares one <see cref="Deadline"/> instance per template and period.
/// </summary>
internal sealed class DeadlineCalculator
{
    private readonly Dictionary<(string, int?, SubPeriod?), Deadline?> _cache = [];
    private readonly Dictionary<DateOnly, DateOnly> _remindFrom = [];

    public DeadlineCalculator(WorkingDayCalendar calendar, CompliancePolicy policy)
    {
        Calendar = calendar;
        Policy = policy;
        TimingPolicy = new TimingPolicy(policy.BeforeDateMeansDayBefore, AnnualTaskRule.Month ?? 12, AnnualTaskRule.Day ?? 14);
    }

    public WorkingDayCalendar Calendar { get; }

    public CompliancePolicy Policy { get; }

    public TimingPolicy TimingPolicy { get; }

    private DeadlineRule AnnualTaskRule => Policy.DeadlineFor(CompliancePolicy.AnnualTask) is { Kind: DeadlineRuleKind.DayOfYear } r ? r : DeadlineRule.OnDayOfYear(12, 14, Confidence.Unconfirmed);

    /// <summary>The annual cut-off of <paramref name="year"/> (default 14/12).</summary>
    public DateOnly CutOff(int year) => new(year, Policy.CutOffMonth, Policy.CutOffDay);

    /// <summary>The first day of the data window of <paramref name="year"/> (default 15/12 of the year before).</summary>
    public DateOnly WindowStart(int year) => CutOff(year - 1).AddDays(1);

    /// <summary>
    /// The cut-off of a half or quarter of <paramref name="year"/>: the annual cut-off day in the month
    /// <see cref="SubPeriod.MonthsBeforeYearEnd"/> months before the annual cut-off's (default 14/6 and 14/12; 14/3,
    /// 14/6, 14/9, 14/12: Decree 09/2019/NĐ-CP Art. 12, P), the day kept within its month; the annual cut-off for null.
    /// </summary>
    public DateOnly CutOff(int year, SubPeriod? part)
    {
        if (part is null) return CutOff(year);
        var month = new DateOnly(year, Policy.CutOffMonth, 1).AddMonths(-part.MonthsBeforeYearEnd);
        return new DateOnly(month.Year, month.Month, Math.Min(Policy.CutOffDay, DateTime.DaysInMonth(month.Year, month.Month)));
    }

    /// <summary>The first day of the data window of a half or quarter: the day after the previous part's cut-off (the annual window's first day for the first part).</summary>
    public DateOnly WindowStart(int year, SubPeriod? part) =>
        part is null || part.Number == 1 ? WindowStart(year)
        : CutOff(year, part.Frequency == ObligationFrequency.HalfYearly ? SubPeriod.Half(part.Number - 1) : SubPeriod.Quarter(part.Number - 1)).AddDays(1);

    /// <summary>How sure the window of a period is: <see cref="CompliancePolicy.CutOffConfidence"/> for a year, <see cref="CompliancePolicy.SubPeriodCutOffConfidence"/> for a part of one.</summary>
    public Confidence WindowConfidence(SubPeriod? part) => part is null ? Policy.CutOffConfidence : Policy.SubPeriodCutOffConfidence;

    /// <summary>The period whose window contains <paramref name="date"/>.</summary>
    public int PeriodOf(DateOnly date) => date > CutOff(date.Year) ? date.Year + 1 : date.Year;

    public DateOnly Roll(DateOnly date)
    {
        try
        {
            return Policy.RollForward ? Calendar.NextWorkingDayOnOrAfter(date) : date;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw OutsideCalendar(e);
        }
    }

    /// <summary>
    /// The last day of a deadline written in the plan or the appendix: a "trước ngày X" deadline (when it means
    /// X − 1) is never rolled forward onto X, the day the text excludes; it stays, or moves back to the previous
    /// working day (<see cref="CompliancePolicy.BeforeDateOnDayOff"/>). Every other written date rolls as
    /// <see cref="Roll"/> does.
    /// </summary>
    public DateOnly RollWritten(TimingKind kind, DateOnly date)
    {
        if (kind is not (TimingKind.BeforeDate or TimingKind.BeforeDayOfYear) || !Policy.BeforeDateMeansDayBefore) return Roll(date);
        if (Policy.BeforeDateOnDayOff == BeforeDateDayOff.Keep) return date;
        try
        {
            var day = date;
            while (!Calendar.IsWorkingDay(day)) day = day.AddDays(-1);
            return day;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw OutsideCalendar(e);
        }
    }

    /// <summary>
    /// The deadline of a half-yearly or quarterly obligation for a part of <paramref name="year"/>: the plan's stated date
    /// for that part (<see cref="ObligationTemplate.StatedDeadlines"/>, one per part in order; in the year after when the
    /// date falls before the part's window opens), else the named policy anchored at the part's cut-off. Only a
    /// "working days after" policy gives a part a deadline: a day of the year or a fixed date names one date, not one
    /// per part, so it gives none (the obligation is pending). docs/policies.md, "Half-years and quarters".
    /// </summary>
    public Deadline? ForPart(ObligationTemplate template, int year, SubPeriod part)
    {
        var key = (template.Id, (int?)year, part);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        Deadline? result;
        if (template.StatedDeadlines.Count == part.PerYear)
        {
            var stated = template.StatedDeadlines[part.Number - 1];
            var raw = stated.DueDate(year, TimingPolicy);
            if (raw is { } r && stated.IsRecurring && r < WindowStart(year, part)) raw = stated.DueDate(year + 1, TimingPolicy);
            result = raw is { } d ? new Deadline(RollWritten(stated.Kind, d), DeadlineSource.Plan, template.Id, Confidence.Confirmed, stated.Text, null, d) : null;
        }
        else
        {
            result = Policy.DeadlineFor(template.DeadlinePolicy).Kind == DeadlineRuleKind.WorkingDaysAfter
                ? FromRule(template.DeadlinePolicy, CutOff(year, part), year, Policy.SubPeriodCutOffConfidence)
                : null;
        }

        _cache[key] = result;
        return result;
    }

    /// <summary>The deadline of an annual obligation for <paramref name="year"/>: the plan's stated one, else the named policy.</summary>
    public Deadline? ForAnnual(ObligationTemplate template, int year)
    {
        var key = (template.Id, (int?)year, (SubPeriod?)null);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        Deadline? result;
        if (template.StatedDeadline is { } stated)
        {
            var raw = stated.DueDate(year, TimingPolicy);
            result = raw is { } d ? new Deadline(RollWritten(stated.Kind, d), DeadlineSource.Plan, template.Id, Confidence.Confirmed, stated.Text, null, d) : null;
        }
        else
        {
            result = FromRule(template.DeadlinePolicy, CutOff(year), year, Policy.CutOffConfidence);
        }

        _cache[key] = result;
        return result;
    }

    /// <summary>The deadline of a one-off obligation anchored at the plan's signing date.</summary>
    public Deadline? ForOnce(ObligationTemplate template, DateOnly? signedOn)
    {
        var key = (template.Id, (int?)null, (SubPeriod?)null);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        Deadline? result;
        if (template.StatedDeadline is { } stated)
        {
            var raw = stated.IsRecurring || stated.Kind == TimingKind.Continuous ? null : stated.DueDate(null, TimingPolicy);
            result = raw is { } d ? new Deadline(RollWritten(stated.Kind, d), DeadlineSource.Plan, template.Id, Confidence.Confirmed, stated.Text, null, d) : null;
        }
        else
        {
            var rule = Policy.DeadlineFor(template.DeadlinePolicy);
            result = rule.Kind == DeadlineRuleKind.WorkingDaysAfter && signedOn is null
                ? null
                : FromRule(template.DeadlinePolicy, signedOn ?? default, null, Confidence.Confirmed);
        }

        _cache[key] = result;
        return result;
    }

    /// <summary>The deadline of an appendix task instance from its timing as written.</summary>
    public Deadline? ForTask(AppendixTask task, int? year)
    {
        var timing = task.Timing;
        if (timing.Kind == TimingKind.Continuous) return null;
        var raw = timing.DueDate(year, TimingPolicy);
        if (raw is not { } d) return null;
        var confidence = timing.Kind == TimingKind.Annually ? AnnualTaskRule.Confidence
            : timing.Kind is TimingKind.BeforeDate or TimingKind.BeforeDayOfYear ? Confidence.Unconfirmed
            : Confidence.Confirmed;
        return new Deadline(RollWritten(timing.Kind, d), DeadlineSource.Appendix, task.Id, confidence, timing.Text, null, d);
    }

    /// <summary>A deadline set by a request (công văn): confirmed, cited to its document.</summary>
    public Deadline ForRequest(string requestId, string documentNumber, DateOnly dueOn) =>
        new(Roll(dueOn), DeadlineSource.Request, requestId, Confidence.Confirmed, documentNumber, null, dueOn);

    /// <summary>A deadline of a configured review milestone.</summary>
    public Deadline ForMilestone(ReviewMilestone milestone) =>
        new(Roll(milestone.DueOn), DeadlineSource.Milestone, milestone.Id, milestone.Confidence, milestone.Source, null, milestone.DueOn);

    /// <summary>The first day a missing report is flagged as due soon: the day N working days before the due date (from it, the due date is at most N working days away).</summary>
    public DateOnly? RemindFrom(Deadline? deadline)
    {
        if (deadline is null) return null;
        var n = Policy.ReminderWorkingDays;
        if (n <= 0) return deadline.DueOn;
        // Every obligation of a period shares its due date: count the working days back once per date.
        if (!_remindFrom.TryGetValue(deadline.DueOn, out var from))
        {
            try
            {
                from = Calendar.SubtractWorkingDays(deadline.DueOn, n);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw OutsideCalendar(e);
            }

            _remindFrom[deadline.DueOn] = from;
        }

        return from;
    }

    /// <summary>
    /// The calendar covers 1900-2199 and every date it is asked about here comes from the input (the plan's
    /// dates, the policy's years and deadlines, the evidence): a date beyond it is an input error.
    /// </summary>
    private static PlanRulesInputException OutsideCalendar(ArgumentOutOfRangeException e) => new(
        new LocalizedText(
        string.Create(CultureInfo.InvariantCulture,
            $"Một hạn rơi ra ngoài các năm {VietnameseLunarCalendar.MinSupportedDate.Year} đến {VietnameseLunarCalendar.MaxSupportedDate.Year} mà lịch ngày làm việc bao quát (năm {e.ActualValue ?? "ngoài phạm vi"}): hãy kiểm tra ngày tháng và năm của kế hoạch, chính sách và dữ liệu chứng cứ."),
        string.Create(CultureInfo.InvariantCulture,
            $"A deadline falls outside the years {VietnameseLunarCalendar.MinSupportedDate.Year} to {VietnameseLunarCalendar.MaxSupportedDate.Year} that the working-day calendar covers (year {e.ActualValue ?? "out of range"}): check the dates and years of the plan, the policy and the evidence.")),
        innerException: e);

    private Deadline? FromRule(string? policyName, DateOnly anchor, int? year, Confidence anchorConfidence)
    {
        var rule = Policy.DeadlineFor(policyName);
        var name = policyName ?? "none";
        var weaker = (Confidence)Math.Max((int)rule.Confidence, (int)anchorConfidence);
        switch (rule.Kind)
        {
            case DeadlineRuleKind.WorkingDaysAfter:
                DateOnly due;
                try
                {
                    due = Calendar.AddWorkingDays(anchor, rule.WorkingDays ?? 1);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    throw OutsideCalendar(e);
                }

                return new Deadline(due, DeadlineSource.Policy, name, weaker, rule.Source, anchor);
            case DeadlineRuleKind.DayOfYear when year is { } y:
                var raw = new DateOnly(y, rule.Month ?? 12, Math.Min(rule.Day ?? 31, DateTime.DaysInMonth(y, rule.Month ?? 12)));
                return new Deadline(Roll(raw), DeadlineSource.Policy, name, rule.Confidence, rule.Source, null, raw);
            case DeadlineRuleKind.FixedDate when rule.Date is { } date:
                return new Deadline(Roll(date), DeadlineSource.Policy, name, rule.Confidence, rule.Source, null, date);
            default:
                return null;
        }
    }

    /// <summary>A human-readable account of how a deadline was computed (explanations, computed on demand).</summary>
    public IReadOnlyList<LocalizedText> Explain(Deadline deadline, int? period, SubPeriod? part = null)
    {
        var steps = new List<LocalizedText>();
        string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (period is { } py && part is not null && deadline.Source is DeadlineSource.Policy or DeadlineSource.Plan)
        {
            var label = part.Label(py);
            steps.Add(new LocalizedText(
                $"Kỳ báo cáo {label.Vi}: số liệu từ {D(WindowStart(py, part))} đến {D(CutOff(py, part))} (ngày chốt số liệu; Nghị định 09/2019/NĐ-CP Điều 12, mức tin cậy {ConfidenceText.Vi(Policy.SubPeriodCutOffConfidence)}).",
                $"Period {label.En}: data from {D(WindowStart(py, part))} to {D(CutOff(py, part))} (cut-off; Decree 09/2019/NĐ-CP Art. 12, confidence {ConfidenceText.En(Policy.SubPeriodCutOffConfidence)})."));
        }
        else if (period is { } y && deadline.Source is DeadlineSource.Policy or DeadlineSource.Plan)
        {
            steps.Add(new LocalizedText(
                $"Kỳ báo cáo {y}: số liệu từ {D(WindowStart(y))} đến {D(CutOff(y))} (ngày chốt số liệu; Nghị định 09/2019/NĐ-CP Điều 12, mức tin cậy {ConfidenceText.Vi(Policy.CutOffConfidence)}).",
                $"Period {y}: data from {D(WindowStart(y))} to {D(CutOff(y))} (cut-off; Decree 09/2019/NĐ-CP Art. 12, confidence {ConfidenceText.En(Policy.CutOffConfidence)})."));
        }

        switch (deadline.Source)
        {
            case DeadlineSource.Policy:
                var rule = Policy.DeadlineFor(deadline.PolicyName);
                steps.Add(new LocalizedText(
                    $"Chính sách hạn \"{deadline.PolicyName}\": {RuleTextVi(rule)}; nguồn: {(rule.Source ?? "cấu hình").TrimEnd('.')}.",
                    $"Deadline policy \"{deadline.PolicyName}\": {RuleTextEn(rule)}; source: {(rule.Source ?? "configuration").TrimEnd('.')}."));
                if (rule.Kind == DeadlineRuleKind.WorkingDaysAfter && deadline.Anchor is { } a)
                {
                    var skipped = Calendar.NonWorkingDaysBetween(a.AddDays(1), deadline.DueOn);
                    steps.Add(new LocalizedText(
                        $"Không tính ngày {D(a)} (Bộ luật Dân sự 2015 Điều 147); đếm {rule.WorkingDays} ngày làm việc, bỏ qua {DayList(skipped)}: hạn {D(deadline.DueOn)}.",
                        $"The day {D(a)} is not counted (Civil Code 2015 Art. 147); counting {rule.WorkingDays} working days, skipping {DayListEn(skipped)}: due {D(deadline.DueOn)}."));
                }

                break;
            case DeadlineSource.Plan:
                steps.Add(new LocalizedText($"Hạn do Kế hoạch quy định: \"{deadline.SourceText}\".", $"Deadline stated by the plan: \"{deadline.SourceText}\"."));
                break;
            case DeadlineSource.Request:
                steps.Add(new LocalizedText($"Hạn do văn bản {deadline.SourceText} ấn định (yêu cầu {deadline.PolicyName}).", $"Deadline set by document {deadline.SourceText} (request {deadline.PolicyName})."));
                break;
            case DeadlineSource.Milestone:
                steps.Add(new LocalizedText($"Mốc sơ kết/tổng kết \"{deadline.PolicyName}\" theo cấu hình; nguồn: {(deadline.SourceText ?? "cấu hình").TrimEnd('.')}.", $"Review milestone \"{deadline.PolicyName}\" from configuration; source: {(deadline.SourceText ?? "configuration").TrimEnd('.')}."));
                break;
            case DeadlineSource.Appendix:
                steps.Add(new LocalizedText($"Thời hạn theo Phụ lục: \"{deadline.SourceText}\".", $"Timing in the appendix: \"{deadline.SourceText}\"."));
                break;
        }

        if (deadline.UnadjustedDueOn is { } back && back > deadline.DueOn)
        {
            steps.Add(new LocalizedText(
                $"{D(back)}, ngày cuối của hạn \"trước ngày\", là ngày nghỉ: hạn lùi về ngày làm việc trước đó {D(deadline.DueOn)} (chính sách BeforeDateOnDayOff, chưa xác nhận).",
                $"{D(back)}, the last day of a \"before day X\" deadline, is a day off: the deadline moves back to the previous working day {D(deadline.DueOn)} (policy BeforeDateOnDayOff, unconfirmed)."));
        }
        else if (deadline.UnadjustedDueOn is null && deadline.Source is DeadlineSource.Plan or DeadlineSource.Appendix && !Calendar.IsWorkingDay(deadline.DueOn))
        {
            steps.Add(new LocalizedText(
                $"{D(deadline.DueOn)} là ngày nghỉ nhưng là ngày cuối văn bản cho phép (\"trước ngày\" loại trừ ngày ghi trong văn bản): hạn không dời (chính sách BeforeDateOnDayOff, chưa xác nhận).",
                $"{D(deadline.DueOn)} is a day off but the last day the text allows (\"before day X\" excludes X): the deadline does not move (policy BeforeDateOnDayOff, unconfirmed)."));
        }
        else if (deadline.UnadjustedDueOn is { } u)
        {
            var skipped = Calendar.NonWorkingDaysBetween(u, deadline.DueOn.AddDays(-1));
            steps.Add(new LocalizedText(
                $"{D(u)} là ngày nghỉ ({DayList(skipped)}): hạn chuyển sang ngày làm việc tiếp theo {D(deadline.DueOn)} (Bộ luật Dân sự 2015 Điều 148(5)).",
                $"{D(u)} is a day off ({DayListEn(skipped)}): the deadline moves to the next working day {D(deadline.DueOn)} (Civil Code 2015 Art. 148(5))."));
        }

        steps.Add(new LocalizedText(
            $"Hạn kết thúc lúc 24:00 ngày {D(deadline.DueOn)} giờ Việt Nam (UTC+7); mức tin cậy: {ConfidenceText.Vi(deadline.Confidence)}{(deadline.IsAssumed ? " (hạn giả định)" : string.Empty)}.",
            $"The deadline ends at 24:00 on {D(deadline.DueOn)} Vietnam time (UTC+7); confidence: {ConfidenceText.En(deadline.Confidence)}{(deadline.IsAssumed ? " (assumed deadline)" : string.Empty)}."));
        return steps;

        string DayList(IReadOnlyList<DateOnly> days) => days.Count == 0 ? "không có ngày nghỉ" : string.Join(", ", days.Select(d => DescribeVi(d)));
        string DayListEn(IReadOnlyList<DateOnly> days) => days.Count == 0 ? "no days off" : string.Join(", ", days.Select(d => DescribeEn(d)));
    }

    private string DescribeVi(DateOnly d)
    {
        var off = Calendar.DayOffOn(d);
        var s = d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return off is not null ? $"{s} ({off.Name.Vi}{(off.IsProvisional ? ", tạm tính" : string.Empty)})"
            : d.DayOfWeek is DayOfWeek.Saturday ? $"{s} (thứ Bảy)" : d.DayOfWeek is DayOfWeek.Sunday ? $"{s} (Chủ nhật)" : s;
    }

    private string DescribeEn(DateOnly d)
    {
        var off = Calendar.DayOffOn(d);
        var s = d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return off is not null ? $"{s} ({off.Name.En}{(off.IsProvisional ? ", provisional" : string.Empty)})"
            : d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? $"{s} ({d.DayOfWeek})" : s;
    }

    private static string RuleTextVi(DeadlineRule r) => r.Kind switch
    {
        DeadlineRuleKind.WorkingDaysAfter => string.Create(CultureInfo.InvariantCulture, $"{r.WorkingDays} ngày làm việc sau ngày mốc"),
        DeadlineRuleKind.DayOfYear => string.Create(CultureInfo.InvariantCulture, $"ngày {r.Day:00}/{r.Month:00} hằng năm"),
        DeadlineRuleKind.FixedDate => $"ngày {r.Date!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
        _ => "không có hạn",
    };

    private static string RuleTextEn(DeadlineRule r) => r.Kind switch
    {
        DeadlineRuleKind.WorkingDaysAfter => string.Create(CultureInfo.InvariantCulture, $"{r.WorkingDays} working days after the anchor day"),
        DeadlineRuleKind.DayOfYear => string.Create(CultureInfo.InvariantCulture, $"{r.Day:00}/{r.Month:00} each year"),
        DeadlineRuleKind.FixedDate => $"on {r.Date!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
        _ => "no deadline",
    };
}
