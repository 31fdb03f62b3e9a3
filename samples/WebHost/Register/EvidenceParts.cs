using LaiChau.PlanRules.Evidence;

namespace WebHost.Register;

/// <summary>Splits an evidence set into its documents and joins documents back into one set.</summary>
internal static class EvidenceParts
{
    /// <summary>Every document of the set, in the order of the evidence file's lists.</summary>
    public static IReadOnlyList<EvidenceItem> Items(EvidenceSet e) =>
    [
        .. e.Requests, .. e.Reports, .. e.ImplementationPlans, .. e.Syntheses, .. e.Reviews,
        .. e.TaskProgress, .. e.Studies, .. e.Inspections,
    ];

    /// <summary>The set without its documents: schema version, plan, policy, as-of date, illustrative flag.</summary>
    public static EvidenceSet Header(EvidenceSet e) => e with
    {
        Requests = [], Reports = [], ImplementationPlans = [], Syntheses = [], Reviews = [],
        TaskProgress = [], Studies = [], Inspections = [],
    };

    /// <summary>The header with these documents, each in its own list, in the given order.</summary>
    public static EvidenceSet Join(EvidenceSet header, IEnumerable<EvidenceItem> items)
    {
        var list = items.ToList();
        return header with
        {
            Requests = list.OfType<ReportRequest>().ToList(),
            Reports = list.OfType<ReceivedReport>().ToList(),
            ImplementationPlans = list.OfType<ImplementationPlanIssued>().ToList(),
            Syntheses = list.OfType<SynthesisSubmitted>().ToList(),
            Reviews = list.OfType<ReviewHeld>().ToList(),
            TaskProgress = list.OfType<TaskProgress>().ToList(),
            Studies = list.OfType<StudyHeld>().ToList(),
            Inspections = list.OfType<InspectionHeld>().ToList(),
        };
    }

    /// <summary>The JSON path of a document in its set (<c>reports[2]</c>).</summary>
    public static string PathOf(EvidenceSet e, EvidenceItem item) => item switch
    {
        ReportRequest r => $"requests[{IndexOf(e.Requests, r)}]",
        ReceivedReport r => $"reports[{IndexOf(e.Reports, r)}]",
        ImplementationPlanIssued p => $"implementationPlans[{IndexOf(e.ImplementationPlans, p)}]",
        SynthesisSubmitted s => $"syntheses[{IndexOf(e.Syntheses, s)}]",
        ReviewHeld r => $"reviews[{IndexOf(e.Reviews, r)}]",
        TaskProgress t => $"taskProgress[{IndexOf(e.TaskProgress, t)}]",
        StudyHeld s => $"studies[{IndexOf(e.Studies, s)}]",
        InspectionHeld i => $"inspections[{IndexOf(e.Inspections, i)}]",
        _ => "$",
    };

    private static int IndexOf<T>(IReadOnlyList<T> list, T item) where T : class
    {
        for (var i = 0; i < list.Count; i++) if (ReferenceEquals(list[i], item)) return i;
        return -1;
    }

    /// <summary>A single document as the evidence JSON of a set holding only it (the register's stored form).</summary>
    public static string ToJson(EvidenceSet header, EvidenceItem item) => EvidenceWriter.Serialize(Join(Header(header), [item]));

    /// <summary>Reads back what <see cref="ToJson"/> wrote.</summary>
    public static EvidenceItem FromJson(string json, string id) =>
        Items(EvidenceReader.Parse(json, $"register:{id}")).Single();
}
