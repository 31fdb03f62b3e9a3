namespace LaiChau.PlanRules.Evidence;

/// <summary>A report's result for one appendix task.</summary>
public sealed record TaskResult
{
    /// <summary>The appendix task id.</summary>
    public required string TaskId { get; init; }

    /// <summary>What the report says was done, if given.</summary>
    public string? Result { get; init; }
}
