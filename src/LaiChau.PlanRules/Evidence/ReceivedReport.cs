namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// A report received from a body: an entry of the incoming-documents register (sổ văn bản đến).
/// The period is always stated by the host ("2025" is the report whose data window ends at the 2025
/// cut-off); it is never guessed from a date.
/// </summary>
public sealed record ReceivedReport : EvidenceItem
{
    /// <summary>The evidence id, unique within the evidence set (for example the số đến, "SĐ-2025-0123").</summary>
    public override required string Id { get; init; }

    /// <summary>The id of the body that sent the report (catalog id).</summary>
    public required string Body { get; init; }

    /// <summary>
    /// The body on whose behalf it is sent, when a successor reports for a body it absorbed (for example
    /// Sở Tài chính reporting for the former Sở Kế hoạch và Đầu tư); null means the sender itself.
    /// </summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>The reporting period (the year whose annual cut-off ends the data window).</summary>
    public required int Period { get; init; }

    /// <summary>
    /// The half of <see cref="Period"/> a half-yearly report covers: 1 (the window 15/12 of the year before to 14/6) or 2
    /// (15/6 to 14/12), by default (docs/policies.md, "Half-years and quarters"). Null for a report of the whole year; a
    /// report gives at most one of <see cref="Half"/> and <see cref="Quarter"/>.
    /// </summary>
    public int? Half { get; init; }

    /// <summary>
    /// The quarter (1 to 4) of <see cref="Period"/> a quarterly report covers (by default from the 15th of the month
    /// before the quarter to the 14th of its last month). Null for a report of the whole year.
    /// </summary>
    public int? Quarter { get; init; }

    /// <summary>When the report was received. Without an offset it is Vietnam time (UTC+7).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the report was sent, if known (used only when the timeliness policy says so).</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The addressee written on the report ("Kính gửi"), a catalog id: usually <c>ubnd-tinh</c> or <c>so-noi-vu</c>.</summary>
    public string? Addressee { get; init; }

    /// <summary>The body the report was actually delivered to (whose register received it), a catalog id.</summary>
    public string? DeliveredTo { get; init; }

    /// <summary>How it was sent. Informational: the means is never a violation.</summary>
    public DeliveryMeans? Means { get; init; }

    /// <summary>The report's own document number (số ký hiệu), for example <c>123/BC-STC</c>.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The report's own document date.</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>Results per appendix task the report gives (used to find incomplete reports).</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<TaskResult> TaskResults { get; init => field = value ?? throw new ArgumentNullException(nameof(TaskResults), "Use an empty list, not null."); } = [];

    /// <summary>The evidence id of an earlier report of the same body and period that this one replaces.</summary>
    public string? Replaces { get; init; }

    /// <summary>The id of the request (công văn) this report answers, for ad hoc requests.</summary>
    public string? RequestId { get; init; }

    /// <inheritdoc />
    internal override string KindName => "report";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => [VietnamTime.LocalDate(ReceivedAt)];
}
