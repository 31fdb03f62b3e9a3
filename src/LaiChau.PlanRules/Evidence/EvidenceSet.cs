namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// Everything a host hands in for one evaluation: what was received, issued and done, plus optional
/// overrides of the plan and the policies. The evaluator never changes it. Read from a file with
/// <see cref="EvidenceReader"/>; write with <see cref="EvidenceWriter"/> (format: docs/evidence-format.md).
/// </summary>
public sealed record EvidenceSet
{
    /// <summary>The current schema version, 1.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The schema version of the data (must be <see cref="CurrentSchemaVersion"/>).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The id of the plan this evidence is for; checked against the plan when given.</summary>
    public string? PlanId { get; init; }

    /// <summary>The as-of date the evidence was prepared for, used when the caller gives none.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>True when the data is illustrative (the embedded demo): every output says so.</summary>
    public bool Illustrative { get; init; }

    /// <summary>A free description of the data set.</summary>
    public string? Description { get; init; }

    /// <summary>Overrides of the plan: its signed number, date and signer, and its appendix of tasks.</summary>
    public PlanOverrides? Plan { get; init; }

    /// <summary>Overrides of the compliance policies for this evaluation.</summary>
    public PolicyOverrides? Policy { get; init; }

    /// <summary>Reports received.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<ReceivedReport> Reports { get; init => field = value ?? throw new ArgumentNullException(nameof(Reports), "Use an empty list, not null."); } = [];

    /// <summary>Implementation plans issued by the obligated bodies.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<ImplementationPlanIssued> ImplementationPlans { get; init => field = value ?? throw new ArgumentNullException(nameof(ImplementationPlans), "Use an empty list, not null."); } = [];

    /// <summary>Study and dissemination sessions held (recorded, not judged).</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<StudyHeld> Studies { get; init => field = value ?? throw new ArgumentNullException(nameof(Studies), "Use an empty list, not null."); } = [];

    /// <summary>Inspections of subordinate units (recorded, not judged).</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<InspectionHeld> Inspections { get; init => field = value ?? throw new ArgumentNullException(nameof(Inspections), "Use an empty list, not null."); } = [];

    /// <summary>Progress of appendix tasks.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<TaskProgress> TaskProgress { get; init => field = value ?? throw new ArgumentNullException(nameof(TaskProgress), "Use an empty list, not null."); } = [];

    /// <summary>Sở Nội vụ's syntheses submitted to UBND tỉnh.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<SynthesisSubmitted> Syntheses { get; init => field = value ?? throw new ArgumentNullException(nameof(Syntheses), "Use an empty list, not null."); } = [];

    /// <summary>Periodic reviews held.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<ReviewHeld> Reviews { get; init => field = value ?? throw new ArgumentNullException(nameof(Reviews), "Use an empty list, not null."); } = [];

    /// <summary>Requests for reports by công văn (period deadlines, ad hoc reports).</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<ReportRequest> Requests { get; init => field = value ?? throw new ArgumentNullException(nameof(Requests), "Use an empty list, not null."); } = [];

    /// <summary>An empty evidence set.</summary>
    public static EvidenceSet Empty { get; } = new();

    /// <summary>The pieces of evidence a monitor holds (every list but the requests), list by list, in list order.</summary>
    internal IEnumerable<EvidenceItem> HeldItems() =>
        Reports.Cast<EvidenceItem>().Concat(ImplementationPlans).Concat(Syntheses).Concat(Reviews).Concat(TaskProgress).Concat(Studies).Concat(Inspections);

    /// <summary>This set (its overrides and requests) holding <paramref name="items"/> instead of its own evidence, each in its kind's list.</summary>
    internal EvidenceSet WithHeldItems(IEnumerable<EvidenceItem> items)
    {
        List<ReceivedReport>? reports = null;
        List<ImplementationPlanIssued>? plans = null;
        List<SynthesisSubmitted>? syntheses = null;
        List<ReviewHeld>? reviews = null;
        List<TaskProgress>? progress = null;
        List<StudyHeld>? studies = null;
        List<InspectionHeld>? inspections = null;
        foreach (var item in items)
        {
            switch (item)
            {
                case ReceivedReport r: (reports ??= []).Add(r); break;
                case ImplementationPlanIssued p: (plans ??= []).Add(p); break;
                case SynthesisSubmitted s: (syntheses ??= []).Add(s); break;
                case ReviewHeld v: (reviews ??= []).Add(v); break;
                case TaskProgress t: (progress ??= []).Add(t); break;
                case StudyHeld s: (studies ??= []).Add(s); break;
                case InspectionHeld i: (inspections ??= []).Add(i); break;
                default: throw new ArgumentException($"{item.GetType().Name} is not evidence a monitor holds.", nameof(items));
            }
        }

        return this with
        {
            Reports = reports ?? [],
            ImplementationPlans = plans ?? [],
            Syntheses = syntheses ?? [],
            Reviews = reviews ?? [],
            TaskProgress = progress ?? [],
            Studies = studies ?? [],
            Inspections = inspections ?? [],
        };
    }
}
