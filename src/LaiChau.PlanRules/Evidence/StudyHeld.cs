namespace LaiChau.PlanRules.Evidence;

/// <summary>A study and dissemination session held by a body (III.1: "tổ chức nghiên cứu, học tập quán triệt"). Recorded, never judged.</summary>
public sealed record StudyHeld : EvidenceItem
{
    /// <summary>The evidence id.</summary>
    public override required string Id { get; init; }

    /// <summary>The body that held it (catalog id).</summary>
    public required string Body { get; init; }

    /// <summary>The date it was held.</summary>
    public required DateOnly HeldOn { get; init; }

    /// <inheritdoc />
    internal override string KindName => "study";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => [HeldOn];
}
