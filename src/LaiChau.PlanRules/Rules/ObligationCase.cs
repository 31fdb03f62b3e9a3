using LaiChau.PlanRules.Obligations;
using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>
/// The fact the rules judge: one obligation, the evidence matched to it (in decision order: received
/// instant, then document date and number, then evidence id) and the as-of date. One fact per
/// obligation keeps every rule a single-pattern match, so an evaluation is linear in its input
/// (NRules has no hash joins). Identity is the obligation object (one per obligation id for the model's lifetime): a
/// session updates a case in place, and finds it by a reference hash instead of hashing the id string.
/// </summary>
public sealed class ObligationCase : IIdentityProvider
{
    internal ObligationCase(Obligation obligation, DateOnly asOf, IReadOnlyList<Submission> submissions)
    {
        Obligation = obligation;
        AsOf = asOf;
        Submissions = submissions;
    }

    /// <summary>The obligation.</summary>
    public Obligation Obligation { get; }

    /// <summary>
    /// The as-of date the case was last judged at. Built-in rules compare it with the obligation's own
    /// thresholds (due date, reminder start); a live monitor refreshes it only on cases whose thresholds
    /// the date crosses. Host rules that need the current date for other thresholds match
    /// <see cref="EvaluationDate"/>.
    /// </summary>
    public DateOnly AsOf { get; }

    /// <summary>The evidence matched to the obligation, in decision order.</summary>
    public IReadOnlyList<Submission> Submissions { get; }

    /// <summary>The first submission: it decides timeliness and route. Null when nothing was received.</summary>
    public Submission? First => Submissions.Count > 0 ? Submissions[0] : null;

    /// <summary>
    /// The submission that decides content: the latest one that is the first or explicitly replaces
    /// another. Null when nothing was received.
    /// </summary>
    public Submission? Content
    {
        get
        {
            Submission? content = null;
            for (var i = 0; i < Submissions.Count; i++)
            {
                if (i == 0 || Submissions[i].Replaces is not null) content = Submissions[i];
            }

            return content;
        }
    }

    /// <summary>Later submissions that do not say which one they replace.</summary>
    public IEnumerable<Submission> Duplicates => Submissions.Skip(1).Where(s => s.Replaces is null);

    /// <summary>
    /// True when there is at least one of <see cref="Duplicates"/>. A rule condition asks this of every case, so it is a
    /// loop over the submissions, not a query that allocates iterators for each case.
    /// </summary>
    public bool HasDuplicates
    {
        get
        {
            for (var i = 1; i < Submissions.Count; i++)
            {
                if (Submissions[i].Replaces is null) return true;
            }

            return false;
        }
    }

    /// <summary>True when the deadline has passed on the as-of date (the due day ends at 24:00 Vietnam time).</summary>
    public bool IsPastDue => Obligation.DueOn is { } due && AsOf > due;

    /// <summary>
    /// A report obligation whose first report arrived after the due date (judged on the Vietnam date of the
    /// instant the policy chooses). The one definition that REPORT_LATE and the report's matrix share.
    /// </summary>
    public bool IsLate => Obligation.IsReport && Obligation.DueOn is { } due && First is { } first && first.JudgedOn > due;

    /// <summary>
    /// A report obligation with no report received and its due date passed on <see cref="AsOf"/>. The one
    /// definition that REPORT_MISSING and the report's matrix share.
    /// </summary>
    public bool IsMissing => Obligation.IsReport && Obligation.DueOn is { } due && First is null && AsOf > due;

    /// <summary>
    /// A report obligation whose first report did not take the route the plan requires (docs/rules.md, route
    /// table). The one definition that REPORT_WRONG_CHANNEL and the report's matrix share.
    /// </summary>
    public bool IsWrongRoute => Obligation.IsReport && Obligation.Route is { } route && First is { } first
        && RouteTable.Classify(route, Obligation.RouteReceivers, first.Addressee, first.DeliveredTo) == RouteVerdict.WrongRoute;

    /// <summary>
    /// A report obligation with nothing received yet, in its reminder window on <see cref="AsOf"/>: from the reminder date
    /// to the due date, both included. The one definition REPORT_DUE_SOON uses.
    /// </summary>
    public bool IsDueSoon => Obligation.IsReport && Obligation.RemindFrom is { } remind && Obligation.DueOn is { } due
        && Submissions.Count == 0 && AsOf >= remind && AsOf <= due;

    object IIdentityProvider.GetIdentity() => Obligation;

    /// <inheritdoc />
    public override string ToString() => Obligation.Id;
}
