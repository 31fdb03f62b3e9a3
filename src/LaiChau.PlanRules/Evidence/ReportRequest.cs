namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// A request for reports by công văn: Sở Nội vụ or UBND tỉnh fixing a period's date ("đề nghị ... gửi báo
/// cáo về Sở Nội vụ trước ngày ...") or asking for an ad hoc (đột xuất) report (III.2). Its due date is
/// cited to its document with confidence C.
/// </summary>
public sealed record ReportRequest : EvidenceItem
{
    /// <summary>The evidence id; reports answering an ad hoc request name it in <see cref="ReceivedReport.RequestId"/>.</summary>
    public override required string Id { get; init; }

    /// <summary>What the request does.</summary>
    public required ReportRequestKind Kind { get; init; }

    /// <summary>The công văn's number, for example <c>1234/UBND-TH</c> or <c>567/SNV-CCVC</c>.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The công văn's date.</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>The issuing body (catalog id), usually <c>so-noi-vu</c> or <c>ubnd-tinh</c>.</summary>
    public string? Issuer { get; init; }

    /// <summary>The period whose deadline it sets (for <see cref="ReportRequestKind.PeriodDeadline"/>), or the period an ad hoc report belongs to.</summary>
    public int? Period { get; init; }

    /// <summary>
    /// For a <see cref="ReportRequestKind.PeriodDeadline"/> request: the half (1 or 2) of <see cref="Period"/> whose
    /// half-yearly reports it sets the deadline of; null for the yearly reports. At most one of <see cref="Half"/> and
    /// <see cref="Quarter"/>.
    /// </summary>
    public int? Half { get; init; }

    /// <summary>For a <see cref="ReportRequestKind.PeriodDeadline"/> request: the quarter (1 to 4) of <see cref="Period"/> whose quarterly reports it sets the deadline of; null for the yearly reports.</summary>
    public int? Quarter { get; init; }

    /// <summary>The due date it sets: reports are due by the end of this Vietnam date.</summary>
    public required DateOnly DueOn { get; init; }

    /// <summary>The bodies it addresses (catalog ids); empty with no groups means every obligated body.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<string> Bodies { get; init => field = value ?? throw new ArgumentNullException(nameof(Bodies), "Use an empty list, not null."); } = [];

    /// <summary>The groups it addresses (group ids).</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<string> Groups { get; init => field = value ?? throw new ArgumentNullException(nameof(Groups), "Use an empty list, not null."); } = [];

    /// <summary>What an ad hoc report is about.</summary>
    public string? Subject { get; init; }

    /// <inheritdoc />
    internal override string KindName => "request";

    /// <inheritdoc />
    internal override IEnumerable<DateOnly> EffectiveDates => [];
}
