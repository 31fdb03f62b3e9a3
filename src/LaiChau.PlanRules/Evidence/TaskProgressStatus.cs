namespace LaiChau.PlanRules.Evidence;

/// <summary>The progress a host records for an appendix task.</summary>
public enum TaskProgressStatus
{
    /// <summary>Not yet started.</summary>
    NotStarted,

    /// <summary>In progress.</summary>
    InProgress,

    /// <summary>Completed (give <see cref="TaskProgress.CompletedOn"/>).</summary>
    Completed,
}
