using System.Globalization;
using LaiChau.PlanRules.Deadlines;

namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// Policy settings given with the evidence. Each non-null value replaces the configured one for this
/// evaluation; command-line options replace both (docs/policies.md, "Precedence").
/// </summary>
public sealed record PolicyOverrides
{
    /// <summary>Overrides <see cref="CompliancePolicy.FirstYear"/>.</summary>
    public int? FirstYear { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.LastYear"/>.</summary>
    public int? LastYear { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.CutOffMonth"/>.</summary>
    public int? CutOffMonth { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.CutOffDay"/>.</summary>
    public int? CutOffDay { get; init; }

    /// <summary>Deadline rules by policy name; each replaces the rule of that name.</summary>
    public IReadOnlyDictionary<string, DeadlineRule>? Deadlines { get; init; }

    /// <summary>Replaces the review milestones.</summary>
    public IReadOnlyList<ReviewMilestone>? ReviewMilestones { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.ReminderWorkingDays"/>.</summary>
    public int? ReminderWorkingDays { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.RollForward"/>.</summary>
    public bool? RollForward { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.Timeliness"/>.</summary>
    public TimelinessBasis? Timeliness { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.ExtensionCountsAsOnTime"/>.</summary>
    public bool? ExtensionCountsAsOnTime { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.CommunesInheritDistrictDuties"/>.</summary>
    public bool? CommunesInheritDistrictDuties { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.BeforeDateMeansDayBefore"/>.</summary>
    public bool? BeforeDateMeansDayBefore { get; init; }

    /// <summary>Overrides <see cref="CompliancePolicy.BeforeDateOnDayOff"/>.</summary>
    public BeforeDateDayOff? BeforeDateOnDayOff { get; init; }

    /// <summary>Extra days off (an announced schedule, a local day off) for this evaluation.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<DayOffSpec> DaysOff { get; init => field = value ?? throw new ArgumentNullException(nameof(DaysOff), "Use an empty list, not null."); } = [];

    /// <summary>Weekend days worked in exchange for a swapped day off.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<WorkingDaySpec> WorkingWeekendDays { get; init => field = value ?? throw new ArgumentNullException(nameof(WorkingWeekendDays), "Use an empty list, not null."); } = [];

    /// <summary>Applies the overrides to a copy of <paramref name="policy"/>.</summary>
    /// <param name="policy">The configured policy; not changed.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="PlanRulesInputException">A deadline rule or a review milestone is null (JSON <c>null</c> in an evidence file).</exception>
    internal CompliancePolicy ApplyTo(CompliancePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var (name, rule) in Deadlines ?? new Dictionary<string, DeadlineRule>())
        {
            if (rule is null) throw new PlanRulesInputException(new LocalizedText($"Quy tắc tính hạn '{name}' có giá trị null: hãy ghi quy tắc, hoặc bỏ tên này.", $"The deadline rule '{name}' is null: give a rule, or leave the name out."), jsonPath: "policy.deadlines." + name);
        }

        for (var i = 0; i < (ReviewMilestones?.Count ?? 0); i++)
        {
            if (ReviewMilestones![i] is null) throw new PlanRulesInputException(new LocalizedText("Một mốc sơ kết, tổng kết có giá trị null.", "A review milestone is null."), jsonPath: string.Create(CultureInfo.InvariantCulture, $"policy.reviewMilestones[{i}]"));
        }

        var p = policy.Clone();
        if (FirstYear is { } fy) p.FirstYear = fy;
        if (LastYear is { } ly) p.LastYear = ly;
        if (CutOffMonth is { } cm) p.CutOffMonth = cm;
        if (CutOffDay is { } cd) p.CutOffDay = cd;
        if (Deadlines is not null)
        {
            foreach (var (name, rule) in Deadlines)
            {
                p.Deadlines[name] = rule.Clone();
            }
        }

        if (ReviewMilestones is not null) p.ReviewMilestones = [.. ReviewMilestones];
        if (ReminderWorkingDays is { } r) p.ReminderWorkingDays = r;
        if (RollForward is { } rf) p.RollForward = rf;
        if (Timeliness is { } t) p.Timeliness = t;
        if (ExtensionCountsAsOnTime is { } e) p.ExtensionCountsAsOnTime = e;
        if (CommunesInheritDistrictDuties is { } c) p.CommunesInheritDistrictDuties = c;
        if (BeforeDateMeansDayBefore is { } b) p.BeforeDateMeansDayBefore = b;
        if (BeforeDateOnDayOff is { } o) p.BeforeDateOnDayOff = o;
        return p;
    }
}
