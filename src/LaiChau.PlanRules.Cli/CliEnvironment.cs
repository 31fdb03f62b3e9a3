namespace LaiChau.PlanRules.Cli;

/// <summary>What the CLI takes from the machine: whether stdout is a terminal (colours and box tables) and the clock (today's date when no as-of date is given).</summary>
/// <param name="IsTerminal">True when stdout is an interactive terminal; false when redirected (plain text, no ANSI codes).</param>
/// <param name="Clock">The clock; only "today in Vietnam" is read from it.</param>
public sealed record CliEnvironment(bool IsTerminal, TimeProvider Clock)
{
    /// <summary>Redirected output and the system clock: what tests and pipelines see.</summary>
    public static CliEnvironment Redirected { get; } = new(false, TimeProvider.System);
}
