namespace LaiChau.PlanRules.Evidence;

/// <summary>A day off given with the evidence.</summary>
public sealed record DayOffSpec
{
    /// <summary>The date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Its Vietnamese name.</summary>
    public required string NameVi { get; init; }

    /// <summary>Its English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>The announcement it comes from.</summary>
    public string? Source { get; init; }
}
