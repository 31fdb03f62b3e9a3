namespace LaiChau.PlanRules.Deadlines;

/// <summary>
/// A configured periodic review (sơ kết or tổng kết) milestone: UBND tỉnh holds the review, Sở Nội vụ
/// advises it (III.2), so a missed milestone is a finding on Sở Nội vụ. The plan fixes no dates: every
/// milestone comes from configuration.
/// </summary>
public sealed class ReviewMilestone
{
    /// <summary>The milestone id that <c>ReviewHeld.Milestone</c> names, for example <c>so-ket-2027</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The kind: sơ kết (interim) or tổng kết (final).</summary>
    public ReviewKind Kind { get; set; } = ReviewKind.Interim;

    /// <summary>The date by which the review must be held.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>How sure the date is (the host configured it: confirmed by default).</summary>
    public Confidence Confidence { get; set; } = Confidence.Confirmed;

    /// <summary>Where the date comes from (for example a UBND tỉnh decision).</summary>
    public string? Source { get; set; }
}
