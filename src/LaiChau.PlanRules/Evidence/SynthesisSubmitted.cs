namespace LaiChau.PlanRules.Evidence;

/// <summary>Sở Nội vụ's yearly synthesis of the bodies' reports, submitted to UBND tỉnh (inferred duty, III.2).</summary>
public sealed record SynthesisSubmitted : EvidenceItem
{
    /// <summary>The evidence id.</summary>
    public override required string Id { get; init; }

    /// <summary>The period it synthesises.</summary>
    public required int Period { get; init; }

    /// <summary>The half (1 or 2) of <see cref="Period"/> a half-yearly synthesis covers; null for the whole year.</summary>
    public int? Half { get; init; }

    /// <summary>The quarter (1 to 4) of <see cref="Period"/> a quarterly synthesis covers; null for the whole year.</summary>
    public int? Quarter { get; init; }

    /// <summary>When UBND tỉnh received it; without an offset, Vietnam time.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The submitting body; defaults to <c>so-noi-vu</c>.</summary>
    public string Body { get; init; } = "so-noi-vu";

    /// <summary>Its document number, for example <c>45/BC-SNV</c>.</summary>
    public string? DocumentNumber { get; init; }

    /// <inheritdoc />
    internal override string KindName => "synthesis";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => [VietnamTime.LocalDate(SubmittedAt)];
}
