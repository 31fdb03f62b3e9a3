namespace LaiChau.PlanRules.Evidence;

/// <summary>An extension (gia hạn) of an appendix task's deadline.</summary>
public sealed record TaskExtension
{
    /// <summary>The new due date.</summary>
    public required DateOnly NewDueOn { get; init; }

    /// <summary>The document that granted it, for example <c>88/UBND-TH</c>.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>When it was granted.</summary>
    public DateOnly? GrantedOn { get; init; }
}
