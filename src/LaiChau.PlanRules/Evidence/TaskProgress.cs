namespace LaiChau.PlanRules.Evidence;

/// <summary>Progress on an appendix task (II.2) for a lead body, with any extensions granted.</summary>
public sealed record TaskProgress : EvidenceItem
{
    /// <summary>The evidence id.</summary>
    public override required string Id { get; init; }

    /// <summary>The appendix task id.</summary>
    public required string TaskId { get; init; }

    /// <summary>The lead body (catalog id). Required when the task's lead is a group.</summary>
    public string? Body { get; init; }

    /// <summary>The period, required for recurring tasks ("Hằng năm", "Thường xuyên"); omitted for one-off tasks.</summary>
    public int? Period { get; init; }

    /// <summary>Whether the task is completed.</summary>
    public required TaskProgressStatus Status { get; init; }

    /// <summary>The completion date; required when <see cref="Status"/> is <see cref="TaskProgressStatus.Completed"/>.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>Extensions (gia hạn) granted; the latest new due date applies.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<TaskExtension> Extensions { get; init => field = value ?? throw new ArgumentNullException(nameof(Extensions), "Use an empty list, not null."); } = [];

    /// <inheritdoc />
    internal override string KindName => "taskProgress";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => Extensions.Where(x => x?.GrantedOn is not null).Select(x => x.GrantedOn!.Value).Concat(CompletedOn is { } c ? [c] : []);
}
