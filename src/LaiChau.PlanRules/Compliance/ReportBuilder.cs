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
        IReadOnlyDictionary<string, ObligationCase> cases,
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
        foreach (var c in cases.Values)
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

        // Grouped once (ToLookup), so the summaries stay linear in the number of obligations.
        var cellsByBody = cells.ToLookup(c => c.BodyId, StringComparer.Ordinal);
        var findingsByBody = findings.ToLookup(f => f.BodyId, StringComparer.Ordinal);
        var tasksByBody = tasks.ToLookup(t => t.BodyId, StringComparer.Ordinal);
        var inspectionsByBody = inspections.ToLookup(kv => kv.Key.Body, kv => kv.Value, StringComparer.Ordinal);
        var bodyIds = cellsByBody.Select(g => g.Key).Concat(findingsByBody.Select(g => g.Key)).Concat(tasksByBody.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal).Order(Comparer<string>.Create(ctx.Catalog.CompareInOfficialOrder)).ToList();
        var bodies = bodyIds.Select(id => new BodySummary(
            id,
            ctx.BodyName(id, null),
            Count(cellsByBody[id], findingsByBody[id], tasksByBody[id]),
            studies.GetValueOrDefault(id),
            inspectionsByBody[id].Sum())).ToList();
        // One summary per column of the matrix: a year, or a half or quarter of one (tasks count in their year's).
        var cellsByPeriod = cells.ToLookup(c => (Period: c.Period, Part: c.SubPeriod));
        var findingsByPeriod = findings.ToLookup(f => (Period: f.Period ?? 0, Part: f.SubPeriod));
        var tasksByPeriod = tasks.ToLookup(t => (Period: t.Period, Part: (SubPeriod?)null));
        var periods = cellsByPeriod.Select(g => g.Key)
            .Order(PeriodOrder)
            .Select(p => new PeriodSummary(
                p.Period,
                ctx.Model.Deadlines.WindowStart(p.Period, p.Part),
                ctx.Model.Deadlines.CutOff(p.Period, p.Part),
                Count(cellsByPeriod[p], findingsByPeriod[p], tasksByPeriod[p]))
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
        return new ComplianceReport(ctx.Report, asOf, findings, cells, tasks, bodies, periods, Count(cells, findings, tasks), notes);
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

    private static StatusCounts Count(IEnumerable<ReportStatus> cells, IEnumerable<Finding> findings, IEnumerable<TaskStatusEntry> tasks)
    {
        int reports = 0, onTime = 0, late = 0, missing = 0, wrong = 0, notDue = 0, pending = 0;
        foreach (var c in cells)
        {
            reports++;
            switch (c.Status)
            {
                case ReportCellStatus.OnTime: onTime++; break;
                case ReportCellStatus.Late: late++; break;
                case ReportCellStatus.Missing: missing++; break;
                case ReportCellStatus.WrongRoute: wrong++; break;
                case ReportCellStatus.NotDue: notDue++; break;
                default: pending++; break;
            }
        }

        int v = 0, w = 0, i = 0;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case FindingSeverity.Violation: v++; break;
                case FindingSeverity.Warning: w++; break;
                default: i++; break;
            }
        }

        int ton = 0, tl = 0, tow = 0, too = 0;
        foreach (var t in tasks)
        {
            switch (t.Status)
            {
                case TaskComplianceStatus.CompletedOnTime: ton++; break;
                case TaskComplianceStatus.CompletedLate: tl++; break;
                case TaskComplianceStatus.OpenWithinDeadline: tow++; break;
                default: too++; break;
            }
        }

        return new StatusCounts
        {
            Reports = reports, OnTime = onTime, Late = late, Missing = missing, WrongRoute = wrong, NotDue = notDue, Pending = pending,
            Violations = v, Warnings = w, Infos = i,
            TasksCompletedOnTime = ton, TasksCompletedLate = tl, TasksOpenWithinDeadline = tow, TasksOpenOverdue = too,
        };
    }

    /// <summary>The order of the matrix's columns (<see cref="SubPeriod.Compare"/>): by year, a year's halves and quarters before the year itself.</summary>
    private static readonly Comparer<(int Period, SubPeriod? Part)> PeriodOrder = Comparer<(int Period, SubPeriod? Part)>.Create((a, b) => SubPeriod.Compare(a.Period, a.Part, b.Period, b.Part));

    /// <summary>Items in <see cref="PeriodOrder"/>, the key computed once per item.</summary>
    private static IOrderedEnumerable<T> InPeriodOrder<T>(IEnumerable<T> items, Func<T, int> year, Func<T, SubPeriod?> part) =>
        items.OrderBy(x => (year(x), part(x)), PeriodOrder);
}
