using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Evidence;

/// <summary>Writes evidence in the format <see cref="EvidenceReader"/> reads (indented, camelCase, dates as yyyy-MM-dd, instants at +07:00).</summary>
public static class EvidenceWriter
{
    /// <summary>Writes the evidence.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="writer">The writer; not closed.</param>
    public static void Write(EvidenceSet evidence, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(writer);
        StrictJson.Write(evidence, writer, contracts: EvidenceJsonContracts.Instance);
    }

    /// <summary>Serializes the evidence to a string.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return StrictJson.Serialize(evidence, contracts: EvidenceJsonContracts.Instance);
    }
}
