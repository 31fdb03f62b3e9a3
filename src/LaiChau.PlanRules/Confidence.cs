namespace LaiChau.PlanRules;

/// <summary>
/// How sure the project is of a fact, a default or a deadline, using the marks of
/// <c>docs/policies.md</c> ("Facts the data rests on"). A fact that is not <see cref="Confirmed"/> is never a silent
/// constant: it is a documented, overridable policy or data entry that carries this mark.
/// </summary>
public enum Confidence
{
    /// <summary>C: confirmed in a source (the plan itself, a decree, an official announcement).</summary>
    Confirmed = 0,

    /// <summary>P: partly confirmed (a secondary source, or a rule copied from another regulation).</summary>
    Partial = 1,

    /// <summary>U: not confirmed; an assumption the host should review ("hạn giả định" for deadlines).</summary>
    Unconfirmed = 2,
}
