using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Evidence;

/// <summary>How <see cref="IncomingRegisterCsv"/> reads a register (docs/csv-import.md).</summary>
public sealed class IncomingRegisterCsvOptions
{
    /// <summary>
    /// The body whose incoming-documents register this is (catalog id): every row becomes a report delivered to
    /// it. <c>so-noi-vu</c> for Sở Nội vụ's register; <c>ubnd-tinh</c> or <c>van-phong-ubnd</c> for the
    /// provincial committee's. Required: the route is never guessed.
    /// </summary>
    public required string RegisterOf { get; init; }

    /// <summary>
    /// The reporting period of rows whose "Kỳ báo cáo" cell is empty, or of every row when the file has no such
    /// column. When null, each row must state its period: the period is never guessed from a date.
    /// </summary>
    public int? Period { get; init; }

    /// <summary>The catalog that resolves senders and addressees (by id, name, historical name or alias); the Lai Châu catalog by default.</summary>
    public BodyCatalog Catalog { get; init; } = BodyCatalog.LaiChau;

    /// <summary>The maximum size of the file in bytes (default 16 MiB, as for JSON inputs).</summary>
    public long MaxBytes { get; init; } = JsonInputLimits.DefaultMaxBytes;
}
