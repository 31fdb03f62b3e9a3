namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// The JSON Schema (draft 2020-12) of evidence files (docs/evidence-format.md), generated from the
/// <see cref="EvidenceSet"/> types and shipped with the library (<c>Data/evidence.schema.json</c>). For editors
/// and for hosts that validate before sending; <see cref="EvidenceReader"/> does not need it and checks more
/// (impossible dates, unknown ids, the schema version).
/// </summary>
internal static class EvidenceSchema
{
    private static readonly Lazy<string> Text = new(() => EmbeddedData.ReadText("evidence.schema.json"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema, as JSON text.</summary>
    public static string Json => Text.Value;
}
