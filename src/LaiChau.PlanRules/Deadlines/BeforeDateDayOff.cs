namespace LaiChau.PlanRules.Deadlines;

/// <summary>
/// What happens when the last day of a "trước ngày X" (before day X) deadline, X − 1, is a day off. Rolling
/// forward would land on X, the very day the text excludes, so the deadline is never rolled forward. Whether
/// it stays on X − 1 or moves back to the previous working day is not settled (U): a policy
/// (<see cref="CompliancePolicy.BeforeDateOnDayOff"/>, docs/policies.md).
/// </summary>
public enum BeforeDateDayOff
{
    /// <summary>The last day stays X − 1, whatever day of the week it is (the default: the text allows X − 1).</summary>
    Keep = 0,

    /// <summary>The last day moves back to the working day before X − 1 (the reading that keeps the deadline on a working day).</summary>
    PreviousWorkingDay = 1,
}
