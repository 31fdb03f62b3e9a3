namespace LaiChau.PlanRules.Evidence;

/// <summary>An inspection of subordinate units by a body (III.1: "tăng cường kiểm tra, giám sát, đôn đốc"). Recorded, never judged.</summary>
public sealed record InspectionHeld : EvidenceItem
{
    /// <summary>The evidence id.</summary>
    public override required string Id { get; init; }

    /// <summary>The inspecting body (catalog id).</summary>
    public required string Body { get; init; }

    /// <summary>The reporting period it belongs to.</summary>
    public required int Period { get; init; }

    /// <summary>The date it was held.</summary>
    public required DateOnly HeldOn { get; init; }

    /// <inheritdoc />
    internal override string KindName => "inspection";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => [HeldOn];
}
