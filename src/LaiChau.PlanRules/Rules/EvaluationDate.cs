namespace LaiChau.PlanRules.Rules;

/// <summary>
/// The as-of date as a single fact, for host-written rules that need the date for thresholds of their
/// own. Built-in rules do not join it (a fact joined to every obligation would re-evaluate all of them
/// whenever the date moves).
/// </summary>
/// <param name="AsOf">The as-of date (Vietnam).</param>
public sealed record EvaluationDate(DateOnly AsOf);
