using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Office.Internal;

/// <summary>One cell of the matrix: the report state and the report received that decides it, if any.</summary>
internal sealed record MatrixCell(ReportStatus Status, ReceivedReport? Decisive)
{
    /// <summary>True when the cell's deadline is assumed (not confirmed by a document).</summary>
    public bool Assumed => Status.DueOn is not null && Status.DueConfidence is not Confidence.Confirmed;

    /// <summary>The cell's lines: state (with * for an assumed deadline), number and ký hiệu, received date.</summary>
    public IReadOnlyList<string> Lines(Labels l)
    {
        var lines = new List<string>(3) { l.Status(Status.Status) + (Assumed ? "*" : string.Empty) };
        if (Decisive?.DocumentNumber is { Length: > 0 } number) lines.Add(SafeText.Clean(number));
        if (Status.ReceivedOn is { } r) lines.Add(l["received"] + " " + SafeText.Date(r));
        return lines;
    }
}

/// <summary>One body's row.</summary>
/// <remarks>Cells are keyed by <see cref="SubPeriod.Key"/>: "2026" for a year, "2026-H1", "2026-Q3" for a half or quarter.</remarks>
internal sealed record MatrixRow(string BodyId, string Name, BodyBlocks Block, IReadOnlyDictionary<string, MatrixCell> Cells);

/// <summary>A block of rows.</summary>
internal sealed record MatrixBlock(BodyBlocks Block, IReadOnlyList<MatrixRow> Rows);

/// <summary>
/// A period column (a year, or a half or quarter of one): its key in <see cref="MatrixRow.Cells"/>, its label in the chosen
/// language, its due date if all its cells share one, and whether that date is assumed.
/// </summary>
internal sealed record PeriodColumn(int Period, SubPeriod? Part, string Key, string Label, DateOnly? DueOn, bool Assumed, bool Mixed);

/// <summary>
/// The report as the documents show it, computed once: rows in the report's order grouped in blocks by the body's
/// kind, period columns, the findings and tasks of the blocks shown, and the labels of the chosen language.
/// </summary>
internal sealed class ReportView
{
    private static readonly BodyBlocks[] BlockOrder = [BodyBlocks.Departments, BodyBlocks.Associations, BodyBlocks.Districts, BodyBlocks.Communes, BodyBlocks.Other];
    private readonly Dictionary<string, string> _names;

    public ReportView(OfficeReportSource source, OfficeDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Source = source;
        Report = source.Report;
        L = new Labels(options.English);
        Blocks = options.Blocks;
        _names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in Report.Bodies) _names.TryAdd(b.BodyId, b.Name);

        var evidence = new Dictionary<string, ReceivedReport>(StringComparer.Ordinal);
        foreach (var r in source.Reports) evidence.TryAdd(r.Id, r);

        // Row order: the report's order of bodies (the official order); blocks only group it.
        var order = new List<string>();
        var cells = new Dictionary<string, Dictionary<string, MatrixCell>>(StringComparer.Ordinal);
        foreach (var s in Report.ReportStatuses)
        {
            if (!cells.TryGetValue(s.BodyId, out var row))
            {
                cells[s.BodyId] = row = new Dictionary<string, MatrixCell>(StringComparer.Ordinal);
                order.Add(s.BodyId);
            }

            row[SubPeriod.Key(s.Period, s.SubPeriod)] = new MatrixCell(s, s.EvidenceId is { } id && evidence.TryGetValue(id, out var e) ? e : null);
        }

        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in Report.Bodies) rank.TryAdd(b.BodyId, rank.Count);
        order = [.. order.OrderBy(id => rank.GetValueOrDefault(id, int.MaxValue))];

        MatrixBlocks = BlockOrder
            .Where(b => (Blocks & b) != 0)
            .Select(b => new MatrixBlock(b, order.Where(id => BlockOf(id) == b).Select(id => new MatrixRow(id, BodyName(id), b, cells[id])).ToList()))
            .Where(b => b.Rows.Count > 0)
            .ToList();

        Periods = Report.Periods.Select(p =>
        {
            var dues = Report.ReportStatuses.Where(c => c.Period == p.Period && c.SubPeriod == p.SubPeriod && c.DueOn is not null).Select(c => (c.DueOn, Assumed: c.DueConfidence is not Confidence.Confirmed)).Distinct().ToList();
            var key = SubPeriod.Key(p.Period, p.SubPeriod);
            var label = L.T(p.Label);
            return dues.Count == 1 ? new PeriodColumn(p.Period, p.SubPeriod, key, label, dues[0].DueOn, dues[0].Assumed, false) : new PeriodColumn(p.Period, p.SubPeriod, key, label, null, false, dues.Count > 1);
        }).ToList();

        Findings = Report.Findings.Where(f => Shown(f.BodyId)).ToList();
        Tasks = Report.TaskStatuses.Where(t => Shown(t.BodyId)).ToList();
    }

    public OfficeReportSource Source { get; }

    public ComplianceReport Report { get; }

    public Labels L { get; }

    public BodyBlocks Blocks { get; }

    public IReadOnlyList<MatrixBlock> MatrixBlocks { get; }

    public IReadOnlyList<PeriodColumn> Periods { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<TaskStatusEntry> Tasks { get; }

    public IEnumerable<MatrixRow> Rows => MatrixBlocks.SelectMany(b => b.Rows);

    /// <summary>The rows' cells of one period column (its key: "2026", "2026-H1") and state, counted over the blocks shown.</summary>
    public int Count(string periodKey, ReportCellStatus? status) =>
        Rows.Count(r => r.Cells.TryGetValue(periodKey, out var c) && (status is null || c.Status.Status == status));

    public BodyBlocks BlockOf(string bodyId) => Source.Catalog.TryGet(bodyId, out var b) && b is not null ? b.Kind switch
    {
        BodyKind.ProvincialDepartment => BodyBlocks.Departments,
        BodyKind.ProvincialAssociation => BodyBlocks.Associations,
        BodyKind.DistrictPeoplesCommittee => BodyBlocks.Districts,
        BodyKind.CommunePeoplesCommittee => BodyBlocks.Communes,
        _ => BodyBlocks.Other,
    } : BodyBlocks.Other;

    public bool Shown(string bodyId) => (Blocks & BlockOf(bodyId)) != 0;

    /// <summary>The body's name in the report (its current or last name); in English the catalog's English name when it has one.</summary>
    public string BodyName(string bodyId)
    {
        var vi = _names.TryGetValue(bodyId, out var n) ? n : Source.Catalog.TryGet(bodyId, out var b) && b is not null ? b.Names[^1].Vi : bodyId;
        if (L.English && Source.Catalog.TryGet(bodyId, out var body) && body is not null && body.Names[^1].En is { Length: > 0 } en) return SafeText.Clean(en);
        return SafeText.Clean(vi);
    }

    /// <summary>"Số ..., ngày ..." of the plan, or the draft wording.</summary>
    public string PlanSignature()
    {
        var plan = Source.Plan;
        if (plan.Number is null && plan.SignedOn is null) return L["n.unsigned"];
        return (plan.Number ?? "…") + (plan.SignedOn is { } s ? L.T(" ngày ", " of ") + Citation.ShortDate(s) : string.Empty)
            + (Report.Illustrative ? $" ({L.T(ReportLabels.Illustrative)})" : string.Empty);
    }

    /// <summary>A column's heading: the year as a number, or the half's or quarter's label ("6 tháng đầu năm 2026", "Quý III/2026").</summary>
    public static string Heading(PeriodColumn p) => p.Part is null ? SafeText.Number(p.Period) : SafeText.Clean(p.Label);

    /// <summary>A finding's period: the year, or the half's or quarter's label in the chosen language; empty without a period.</summary>
    public string PeriodOf(Finding f) => f.Period is not { } y ? string.Empty : f.SubPeriod is null ? SafeText.Number(y) : SafeText.Clean(L.T(f.SubPeriod.Label(y)));

    public string DueHeader(PeriodColumn p) =>
        p.DueOn is { } d ? SafeText.Date(d) + (p.Assumed ? "*" : string.Empty) : p.Mixed ? L["due.mixed"] : L["due.none"];
}
