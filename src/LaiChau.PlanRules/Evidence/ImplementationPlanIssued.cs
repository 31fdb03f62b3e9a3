namespace LaiChau.PlanRules.Evidence;

/// <summary>A body's own implementation plan for this plan (III.1: "xây dựng kế hoạch triển khai thực hiện").</summary>
public sealed record ImplementationPlanIssued : EvidenceItem
{
    /// <summary>The evidence id, unique within the evidence set.</summary>
    public override required string Id { get; init; }

    /// <summary>The issuing body (catalog id).</summary>
    public required string Body { get; init; }

    /// <summary>The body on whose behalf it is issued, if a successor issues it; null means the issuer.</summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>The date the plan was issued (signed); judged against the configured deadline, if any.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>Its document number, for example <c>12/KH-SNV</c>.</summary>
    public string? DocumentNumber { get; init; }

    /// <inheritdoc />
    internal override string KindName => "implementationPlan";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => [IssuedOn];
}
