using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// The days on which a monitor's judgement can change without new evidence: an obligation's reminder start and
/// the day after its due date, the day after a task's (extended) due date, and the date from which evidence held
/// back (dated after the as-of date) counts. <see cref="Crossed"/> answers which keys (obligation, task or
/// unexpected-report ids) to re-judge when the as-of date moves forward; a request dated in the days crossed
/// changes the obligations themselves (<see cref="RequestTakesEffect"/>). Not thread-safe: the monitor holds its lock.
/// </summary>
internal sealed class DeadlineAgenda
{
    private readonly SortedSet<(int Day, string Key)> _dynamic = new();
    private readonly IReadOnlyList<DateOnly> _requestDates;
    private (int Day, int Index)[] _static = [];
    private IReadOnlyList<Obligation> _obligations = [];

    /// <summary>Creates an agenda for evidence whose requests are <paramref name="requests"/>.</summary>
    public DeadlineAgenda(IEnumerable<ReportRequest?> requests)
    {
        _requestDates = requests.Where(r => r?.DocumentDate is not null).Select(r => r!.DocumentDate!.Value).ToList();
    }

    /// <summary>Takes the thresholds of a (re)built obligation model: its reminder starts and the days after its due dates.</summary>
    public void SetObligations(IReadOnlyList<Obligation> obligations)
    {
        _obligations = obligations;
        var thresholds = new List<(int Day, int Index)>(obligations.Count * 2);
        for (var i = 0; i < obligations.Count; i++)
        {
            var o = obligations[i];
            if (o.RemindFrom is { } r) thresholds.Add((r.DayNumber, i));
            if (o.DueOn is { } d) thresholds.Add((d.DayNumber + 1, i));
        }

        thresholds.Sort();
        _static = [.. thresholds];
    }

    /// <summary>Notes the days after <paramref name="asOf"/> from which <paramref name="item"/> counts, for each of its keys.</summary>
    public void AddEvidence(EvidenceItem item, IReadOnlyList<string> keys, DateOnly asOf)
    {
        foreach (var day in item.EffectiveDates)
        {
            if (day <= asOf) continue;
            foreach (var key in keys) _dynamic.Add((day.DayNumber, key));
        }
    }

    /// <summary>Notes the day after a task's due dates (judged and extended) that are not past.</summary>
    public void AddTask(TaskCase task, DateOnly asOf)
    {
        foreach (var d in new[] { task.JudgedDueOn, task.EffectiveDueOn })
        {
            if (d is { } due && due >= asOf) _dynamic.Add((due.DayNumber + 1, task.Task.Id));
        }
    }

    /// <summary>Whether a request dated after <paramref name="from"/> and by <paramref name="to"/> starts to count: the obligations must be rebuilt.</summary>
    public bool RequestTakesEffect(DateOnly from, DateOnly to) => _requestDates.Any(d => d > from && d <= to);

    /// <summary>The keys with a threshold after <paramref name="from"/> and by <paramref name="to"/>.</summary>
    public HashSet<string> Crossed(DateOnly from, DateOnly to)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var first = from.DayNumber + 1;
        var last = to.DayNumber;
        for (var i = LowerBound(_static, first); i < _static.Length && _static[i].Day <= last; i++)
        {
            keys.Add(_obligations[_static[i].Index].Id);
        }

        foreach (var (_, key) in _dynamic.GetViewBetween((first, string.Empty), (last, "\uffff")))
        {
            keys.Add(key);
        }

        return keys;
    }

    private static int LowerBound((int Day, int Index)[] a, int day)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a[mid].Day < day) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
