using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Benchmarks.Core;

/// <summary>
/// The floor: the four core rules hand-written as a dictionary and a loop, no engine. It indexes the reports by
/// (body, period) keeping the first received, then judges each report obligation once. Nothing is validated,
/// nothing is explained: this is what the decisions cost with no machinery at all.
/// </summary>
internal static class FloorEvaluator
{
    public static List<CoreFinding> Evaluate(CoreInput input)
    {
        var asOf = input.AsOf;
        var first = FirstReports(input);
        var findings = new List<CoreFinding>();
        foreach (var o in input.ReportObligations)
        {
            var due = o.DueOn;
            if (!first.TryGetValue((o.BodyId, o.Period!.Value), out var r))
            {
                if (due is { } d && asOf > d) findings.Add(new CoreFinding(FindingCodes.ReportMissing, o.Id));
                else if (o.RemindFrom is { } remind && asOf >= remind && asOf <= due) findings.Add(new CoreFinding(FindingCodes.ReportDueSoon, o.Id));
                continue;
            }

            if (due is { } dueOn && VietnamTime.LocalDate(r.ReceivedAt) > dueOn) findings.Add(new CoreFinding(FindingCodes.ReportLate, o.Id));
            if (o.Route is { } route && RouteTable.Classify(route, o.RouteReceivers, r.Addressee, r.DeliveredTo) == RouteVerdict.WrongRoute)
            {
                findings.Add(new CoreFinding(FindingCodes.ReportWrongChannel, o.Id));
            }
        }

        return findings;
    }

    /// <summary>The first report received by the as-of date for each (body, period).</summary>
    public static Dictionary<(string Body, int Period), ReceivedReport> FirstReports(CoreInput input)
    {
        var reports = input.Evidence.Reports;
        var first = new Dictionary<(string Body, int Period), ReceivedReport>(reports.Count);
        foreach (var r in reports)
        {
            if (r.RequestId is not null || VietnamTime.LocalDate(r.ReceivedAt) > input.AsOf) continue;
            var key = (r.OnBehalfOf ?? r.Body, r.Period);
            if (!first.TryGetValue(key, out var seen) || Earlier(r, seen)) first[key] = r;
        }

        return first;
    }

    /// <summary>The library's decision order: received instant, then document date, number and id.</summary>
    private static bool Earlier(ReceivedReport a, ReceivedReport b)
    {
        var c = a.ReceivedAt.UtcTicks.CompareTo(b.ReceivedAt.UtcTicks);
        if (c == 0) c = Nullable.Compare(a.DocumentDate, b.DocumentDate);
        if (c == 0) c = string.CompareOrdinal(a.DocumentNumber, b.DocumentNumber);
        if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
        return c < 0;
    }
}
