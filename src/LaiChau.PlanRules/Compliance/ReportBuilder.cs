using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>Turns the rules' conclusions (finding and task-status facts) into a <see cref="ComplianceReport"/>.</summary>
internal static class ReportBuilder
{
    public static ComplianceReport Build(
        EvaluationContext ctx,
        DateOnly asOf,
        IEnumerable<ObligationCase> cases,
        IEnumerable<FindingFact> facts,
        IEnumerable<TaskStatusFact> statuses,
        IReadOnlyList<ComplianceNote> indexNotes,
        IReadOnlyDictionary<string, int> studies,
        IReadOnlyDictionary<(string Body, int Period), int> inspections)
    {
        var findings = new List<Finding>();
        foreach (var f in facts)
        {
            var obligation = f.Case?.Obligation;
            var deadline = obligation?.Deadline ?? f.TaskCase?.Task.Deadline;
            var responsible = ResponsibleNow(ctx, obligation, f.BodyId, asOf);
            var subject = obligation?.Id ?? f.TaskCase?.Task.Id;
            var report = ctx.Report;
            findings.Add(new Finding(f, responsible, deadline, subject, () => FindingMessages.Compose(f, report, deadline, responsible, asOf), ctx.BodyName(f.BodyId, f.Period))
            {
                Basis = new FindingBasis(deadline, obligation?.Period ?? f.TaskCase?.Task.Period, f.Case?.Submissions ?? [], f.SubPeriod),
                ObligationConfidence = obligation?.Confidence,
                SubPeriod = f.SubPeriod,
            });
        }

        // Sorted on keys computed once per item (the body's official rank is a lookup, not two per comparison).
        var rank = ctx.Catalog.OfficialRank;
        findings = [.. InPeriodOrder(findings, f => f.Period ?? 0, f => f.SubPeriod).ThenBy(f => rank(f.BodyId)).ThenBy(f => f.BodyId, StringComparer.Ordinal)
            .ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)];

        var cells = new List<ReportStatus>();
        foreach (var c in cases)
        {
            var o = c.Obligation;
            if (o.Kind != Plan.ObligationKind.AnnualReport || o.Period is not { } p || ctx.Model.Deadlines.WindowStart(p, o.SubPeriod) > asOf) continue;
            var first = c.First;
            var status = first is not null
                ? c.IsLate ? ReportCellStatus.Late : c.IsWrongRoute ? ReportCellStatus.WrongRoute : ReportCellStatus.OnTime
                : c.IsMissing ? ReportCellStatus.Missing
                : o.DueOn is null ? ReportCellStatus.Pending
                : ReportCellStatus.NotDue;
            cells.Add(new ReportStatus(o.Id, o.BodyId, p, status, o.DueOn, o.Deadline?.Confidence, first?.JudgedOn, first?.EvidenceId, ResponsibleNow(ctx, o, o.BodyId, asOf), o.IsInherited, o.Confidence)
            {
                SubPeriod = o.SubPeriod,
                ConfirmedByRequestId = o.ConfirmedByRequestId,
            });
        }

        cells = [.. InPeriodOrder(cells, c => c.Period, c => c.SubPeriod).ThenBy(c => rank(c.BodyId)).ThenBy(c => c.BodyId, StringComparer.Ordinal)];

        var tasks = statuses
            // A one-off task is listed once, in its deadline's period, on any as-of date (open and not yet due:
            // "chưa hoàn thành trong hạn"); a recurring task instance from its period's window on.
            .Where(s => s.Case.Task.Period is null || ctx.Model.Deadlines.WindowStart(s.Case.Task.CountedInPeriod) <= asOf)
            .Select(s => new TaskStatusEntry(s.Case.Task.Id, s.Case.Task.Task.Id, s.Case.Task.BodyId, s.Case.Task.CountedInPeriod, s.Status, s.Case.EffectiveDueOn, s.Case.CompletedOn))
            .OrderBy(t => t.Period).ThenBy(t => t.TaskId, StringComparer.Ordinal).ThenBy(t => t.BodyId, StringComparer.Ordinal)
            .ToList();

        // The summaries are tallied in one pass over the cells, findings and tasks (a body's, a column's and the whole
        // report's at once), while each item is at hand: linear, and no item is read a second time.
        var total = new Tally();
        var byBody = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byPeriod = new Dictionary<(int Period, SubPeriod? Part), Tally>();
        foreach (var c in cells)
        {
            total.Add(c);
            Tally.Of(byBody, c.BodyId).Add(c);
            Tally.Of(byPeriod, (c.Period, c.SubPeriod)).Add(c);
        }

        // A column of the matrix is a year, or a half or quarter of one, that has cells; findings and tasks count in the
        // columns that exist (tasks in their year's).
        foreach (var f in findings)
        {
            total.Add(f);
            Tally.Of(byBody, f.BodyId).Add(f);
            if (byPeriod.TryGetValue((f.Period ?? 0, f.SubPeriod), out var column)) column.Add(f);
        }

        foreach (var t in tasks)
        {
            total.Add(t);
            Tally.Of(byBody, t.BodyId).Add(t);
            if (byPeriod.TryGetValue((t.Period, null), out var column)) column.Add(t);
        }

        var inspectionsByBody = inspections.ToLookup(kv => kv.Key.Body, kv => kv.Value, StringComparer.Ordinal);
        var bodies = byBody.Keys.Order(Comparer<string>.Create(ctx.Catalog.CompareInOfficialOrder)).Select(id => new BodySummary(
            id,
            ctx.BodyName(id, null),
            byBody[id].ToCounts(),
            studies.GetValueOrDefault(id),
            inspectionsByBody[id].Sum())).ToList();
        var periods = byPeriod.Keys
            .Order(PeriodOrder)
            .Select(p => new PeriodSummary(
                p.Period,
                ctx.Model.Deadlines.WindowStart(p.Period, p.Part),
                ctx.Model.Deadlines.CutOff(p.Period, p.Part),
                byPeriod[p].ToCounts())
            {
                SubPeriod = p.Part,
            }).ToList();

        var notes = new List<ComplianceNote>();
        if (ctx.Illustrative)
        {
            notes.Add(new ComplianceNote(NoteCodes.IllustrativeData, new LocalizedText(
                "DỮ LIỆU MINH HỌA: các báo cáo, ngày nhận và nhiệm vụ trong bộ dữ liệu này là minh họa, không phải số liệu thật.",
                "ILLUSTRATIVE DATA: the reports, dates and tasks in this data set are illustrative, not real records.")));
        }

        if (!ctx.Plan.Appendix.IsPublished)
        {
            notes.Add(new ComplianceNote(NoteCodes.AppendixNotPublished, ctx.Plan.Appendix.Note));
        }

        notes.AddRange(indexNotes.OrderBy(n => n.Code, StringComparer.Ordinal).ThenBy(n => n.EvidenceId, StringComparer.Ordinal));
        return new ComplianceReport(ctx.Report, asOf, findings, cells, tasks, bodies, periods, total.ToCounts(), notes);
    }

    private static string? ResponsibleNow(EvaluationContext ctx, Obligation? o, string bodyId, DateOnly asOf)
    {
        if (o is null || o.IsOnDissolvedBody) return null;
        if (!ctx.Catalog.TryGet(bodyId, out var body) || body.ExistsOn(asOf))
        {
            return o.ResponsibleOnDueBodyId is { } r && r != bodyId ? r : null;
        }

        var now = ctx.Catalog.ResponsibleOn(bodyId, asOf)?.Id;
        return now is not null && now != bodyId ? now : null;
    }

    /// <summary>The counts of one summary (a body, a column of the matrix, the report), added to item by item.</summary>
    private sealed class Tally
    {
        private int _reports, _onTime, _late, _missing, _wrong, _notDue, _pending, _violations, _warnings, _infos;
        private int _tasksOnTime, _tasksLate, _tasksOpen, _tasksOverdue;

        public static Tally Of<TKey>(Dictionary<TKey, Tally> tallies, TKey key)
            where TKey : notnull
        {
            if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new Tally();
            return tally;
        }

        public void Add(ReportStatus c)
        {
            _reports++;
            switch (c.Status)
            {
                case ReportCellStatus.OnTime: _onTime++; break;
                case ReportCellStatus.Late: _late++; break;
                case ReportCellStatus.Missing: _missing++; break;
                case ReportCellStatus.WrongRoute: _wrong++; break;
                case ReportCellStatus.NotDue: _notDue++; break;
                default: _pending++; break;
            }
        }

        public void Add(Finding f)
        {
            switch (f.Severity)
            {
                case FindingSeverity.Violation: _violations++; break;
                case FindingSeverity.Warning: _warnings++; break;
                default: _infos++; break;
            }
        }

        public void Add(TaskStatusEntry t)
        {
            switch (t.Status)
            {
                case TaskComplianceStatus.CompletedOnTime: _tasksOnTime++; break;
                case TaskComplianceStatus.CompletedLate: _tasksLate++; break;
                case TaskComplianceStatus.OpenWithinDeadline: _tasksOpen++; break;
                default: _tasksOverdue++; break;
            }
        }

        public StatusCounts ToCounts() => new()
        {
            Reports = _reports, OnTime = _onTime, Late = _late, Missing = _missing, WrongRoute = _wrong, NotDue = _notDue, Pending = _pending,
            Violations = _violations, Warnings = _warnings, Infos = _infos,
            TasksCompletedOnTime = _tasksOnTime, TasksCompletedLate = _tasksLate, TasksOpenWithinDeadline = _tasksOpen, TasksOpenOverdue = _tasksOverdue,
        };
    }

    /// <summary>The order of the matrix's columns (<see cref="SubPeriod.Compare"/>): by year, a year's halves and quarters before the year itself.</summary>
    private static readonly Comparer<(int Period, SubPeriod? Part)> PeriodOrder = Comparer<(int Period, SubPeriod? Part)>.Create((a, b) => SubPeriod.Compare(a.Period, a.Part, b.Period, b.Part));

    /// <summary>Items in <see cref="PeriodOrder"/>, the key computed once per item.</summary>
    private static IOrderedEnumerable<T> InPeriodOrder<T>(IEnumerable<T> items, Func<T, int> year, Func<T, SubPeriod?> part) =>
        items.OrderBy(x => (year(x), part(x)), PeriodOrder);
}
