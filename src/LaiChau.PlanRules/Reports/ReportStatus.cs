using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Reports;

/// <summary>One cell of the body × period matrix: the state of one report obligation.</summary>
public sealed class ReportStatus
{
    internal ReportStatus(string obligationId, string bodyId, int period, ReportCellStatus status, DateOnly? dueOn, Confidence? dueConfidence, DateOnly? receivedOn, string? evidenceId, string? responsibleBodyId, bool isInherited = false, Confidence obligationConfidence = Confidence.Confirmed)
    {
        ObligationId = obligationId;
        BodyId = bodyId;
        Period = period;
        Status = status;
        DueOn = dueOn;
        DueConfidence = dueConfidence;
        ReceivedOn = receivedOn;
        EvidenceId = evidenceId;
        ResponsibleBodyId = responsibleBodyId;
        IsInherited = isInherited;
        ObligationConfidence = obligationConfidence;
    }

    /// <summary>The obligation id.</summary>
    public string ObligationId { get; }

    /// <summary>The obligated body.</summary>
    public string BodyId { get; }

    /// <summary>The period (the year).</summary>
    public int Period { get; }

    /// <summary>The half or quarter of <see cref="Period"/> for a half-yearly or quarterly report; null for a yearly one. The matrix has one column per year, half and quarter.</summary>
    public SubPeriod? SubPeriod { get; internal init; }

    /// <summary>The column's label: "2026", "6 tháng đầu năm 2026" / "first half of 2026", "Quý III/2026" / "Q3 2026".</summary>
    public LocalizedText PeriodLabel => SubPeriod.LabelOf(Period, SubPeriod);

    /// <summary>The state.</summary>
    public ReportCellStatus Status { get; }

    /// <summary>The due date, if any.</summary>
    public DateOnly? DueOn { get; }

    /// <summary>How sure the due date is, if any.</summary>
    public Confidence? DueConfidence { get; }

    /// <summary>The Vietnam date the first report was received, if any.</summary>
    public DateOnly? ReceivedOn { get; }

    /// <summary>The first report's evidence id, if any.</summary>
    public string? EvidenceId { get; }

    /// <summary>Who is responsible now, when not the obligated body.</summary>
    public string? ResponsibleBodyId { get; }

    /// <summary>
    /// True when the body owes this report by inheritance: a UBND xã/phường taking over the districts' III.1 duty
    /// after 01/7/2025 (docs/policies.md, "Communes"). The matrix marks such rows.
    /// </summary>
    public bool IsInherited { get; }

    /// <summary>How sure the obligation is: partly confirmed (P) for an inherited obligation no request has confirmed.</summary>
    public Confidence ObligationConfidence { get; }

    /// <summary>
    /// For an inherited obligation, the request (công văn) that confirms it by naming the commune or the communes'
    /// group (<see cref="Obligations.Obligation.ConfirmedByRequestId"/>); null when none does, and when not inherited.
    /// </summary>
    public string? ConfirmedByRequestId { get; internal init; }
}
