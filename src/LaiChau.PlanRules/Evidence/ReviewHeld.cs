namespace LaiChau.PlanRules.Evidence;

/// <summary>A periodic review (sơ kết or tổng kết) held by UBND tỉnh on Sở Nội vụ's advice (III.2), for a configured milestone.</summary>
public sealed record ReviewHeld : EvidenceItem
{
    /// <summary>The evidence id.</summary>
    public override required string Id { get; init; }

    /// <summary>The id of the configured review milestone it fulfils.</summary>
    public required string Milestone { get; init; }

    /// <summary>The date it was held, or the date Sở Nội vụ's advice (tờ trình) was submitted.</summary>
    public required DateOnly HeldOn { get; init; }

    /// <summary>The document number of the review report or advice, if any.</summary>
    public string? DocumentNumber { get; init; }

    /// <inheritdoc />
    internal override string KindName => "review";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => [HeldOn];
}
