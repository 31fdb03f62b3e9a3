namespace LaiChau.PlanRules.Plan;

/// <summary>
/// A duty of the plan in a form the rules can check: who must do what, how often, to whom, by which deadline, and the
/// clause that says so. The compliance layer turns each template into obligations per body and period; the bodies of a
/// group come from the host's catalog (the plan's group and body ids are checked as ids here, not against a catalog).
/// </summary>
public sealed class ObligationTemplate
{
    internal ObligationTemplate(
        string id, string clausePath, ObligationKind kind, ObligationFrequency frequency,
        IReadOnlyList<string> obligatedGroupIds, IReadOnlyList<string> obligatedBodyIds, ExpectedRoute? route,
        string? deadlinePolicy, TaskTiming? statedDeadline, bool isInferred, string basis, LocalizedText description)
    {
        Id = PlanText.Id(id, nameof(id));
        ClausePath = clausePath;
        Kind = kind;
        Frequency = frequency;
        ObligatedGroupIds = obligatedGroupIds;
        ObligatedBodyIds = obligatedBodyIds;
        Route = route;
        DeadlinePolicy = deadlinePolicy;
        StatedDeadline = statedDeadline;
        IsInferred = isInferred;
        Basis = basis;
        Description = description;
    }

    /// <summary>The template's id, unique in the plan: <c>annual-report</c>, <c>implementation-plan</c>, <c>study</c>, <c>inspection</c>, <c>synthesis</c>, <c>review</c>.</summary>
    public string Id { get; }

    /// <summary>The path of the clause (usually a duty) it rests on, such as <c>III.1.d4</c>; it exists in the plan.</summary>
    public string ClausePath { get; }

    /// <summary>What must be done.</summary>
    public ObligationKind Kind { get; }

    /// <summary>How often it falls due.</summary>
    public ObligationFrequency Frequency { get; }

    /// <summary>The groups of bodies obligated, such as <c>provincial-departments</c>, <c>provincial-associations</c>, <c>district-committees</c>.</summary>
    public IReadOnlyList<string> ObligatedGroupIds { get; }

    /// <summary>The single bodies obligated, such as <c>so-noi-vu</c>. A template names at least one group or body.</summary>
    public IReadOnlyList<string> ObligatedBodyIds { get; }

    /// <summary>Where the result is due and through whom, or null when the plan sets no route (study, inspection).</summary>
    public ExpectedRoute? Route { get; }

    /// <summary>
    /// The name of the library deadline policy the host configures for it (<c>annual-report</c>,
    /// <c>implementation-plan</c>, <c>synthesis</c>, <c>review</c>), or null for none. Used only when the plan states no
    /// deadline (<see cref="StatedDeadline"/>).
    /// </summary>
    public string? DeadlinePolicy { get; }

    /// <summary>A deadline the plan itself states ("trước ngày 15/12 hằng năm"); when set it takes precedence over <see cref="DeadlinePolicy"/>.</summary>
    public TaskTiming? StatedDeadline { get; }

    /// <summary>
    /// The deadlines the plan states for a half-yearly or quarterly duty, one per part of the year in order ("trước ngày
    /// 15/6 và 15/12 hằng năm" gives "trước ngày 15/6 hằng năm" for the first half and "trước ngày 15/12 hằng năm" for
    /// the second), each a yearly form; empty otherwise. When set they take precedence over <see cref="DeadlinePolicy"/>.
    /// </summary>
    public IReadOnlyList<TaskTiming> StatedDeadlines { get; internal init; } = [];

    /// <summary>True when the plan does not state the duty in words and it is inferred (the yearly synthesis by the Department of Home Affairs); <see cref="Basis"/> gives the reasoning.</summary>
    public bool IsInferred { get; }

    /// <summary>The words of the plan the duty rests on, verbatim (they occur in the cited clause or a clause enclosing it); for an inferred duty, the reasoning.</summary>
    public string Basis { get; }

    /// <summary>What the duty is, in Vietnamese and English.</summary>
    public LocalizedText Description { get; }

    /// <summary>
    /// True when the template has neither a stated deadline nor a deadline policy: the duty is recorded (and evidence
    /// of it may be shown), but no deadline is checked.
    /// </summary>
    public bool IsRecordedOnly => StatedDeadline is null && StatedDeadlines.Count == 0 && DeadlinePolicy is null;

    /// <summary>The id and clause, for diagnostics.</summary>
    /// <returns><c>id (clause)</c>.</returns>
    public override string ToString() => $"{Id} ({ClausePath})";
}
