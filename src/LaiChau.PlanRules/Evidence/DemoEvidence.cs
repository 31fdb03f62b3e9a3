namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// The illustrative evidence set shipped with the library (<c>Data/demo-evidence.json</c>): reports, plans, task
/// progress, a synthesis, review milestones and requests for 2024-2026 made up so that one check shows every
/// finding code. It is marked <see cref="EvidenceSet.Illustrative"/>: every output says "DỮ LIỆU MINH HỌA". It
/// carries its own as-of date and an illustrative signing date and number for the plan.
/// </summary>
internal static class DemoEvidence
{
    /// <summary>The name the demo is read under (and that error messages would name).</summary>
    public const string FileName = "demo-evidence.json";

    private static readonly Lazy<EvidenceSet> Set = new(() =>
    {
        using var stream = EmbeddedData.Open(FileName);
        return EvidenceReader.Read(stream, FileName);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The demo evidence (read once, immutable).</summary>
    /// <returns>The evidence set.</returns>
    public static EvidenceSet Load() => Set.Value;
}
