namespace LaiChau.PlanRules.Evidence;

/// <summary>A Saturday or Sunday worked in exchange for a swapped day off, given with the evidence.</summary>
public sealed record WorkingDaySpec
{
    /// <summary>The date (a Saturday or a Sunday).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Why it is worked, in Vietnamese.</summary>
    public required string ReasonVi { get; init; }

    /// <summary>Why it is worked, in English.</summary>
    public string? ReasonEn { get; init; }

    /// <summary>The announcement it comes from.</summary>
    public string? Source { get; init; }
}
