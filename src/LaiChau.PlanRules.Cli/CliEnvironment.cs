namespace LaiChau.PlanRules.Cli;

/// <summary>What the CLI takes from the machine: whether stdout is a terminal (colours and box tables), the clock (today's date when no as-of date is given), the locale and standard input.</summary>
/// <param name="IsTerminal">True when stdout is an interactive terminal; false when redirected (plain text, no ANSI codes).</param>
/// <param name="Clock">The clock; only "today in Vietnam" is read from it.</param>
public sealed record CliEnvironment(bool IsTerminal, TimeProvider Clock)
{
    /// <summary>Redirected output, the system clock, no locale (Vietnamese) and no standard input: what tests and pipelines see.</summary>
    public static CliEnvironment Redirected { get; } = new(false, TimeProvider.System);

    /// <summary>
    /// The user's locale (<c>LC_ALL</c>, else <c>LC_MESSAGES</c>, else <c>LANG</c>): one that starts with <c>en</c> makes
    /// the output English when <c>--lang</c> is not given; anything else (<c>C.UTF-8</c>, <c>vi_VN</c>, none) leaves it
    /// Vietnamese.
    /// </summary>
    public string? Locale { get; init; }

    /// <summary>Opens standard input, read when an input file is given as <c>-</c>; null: no standard input.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>The locale of the process's environment: <c>LC_ALL</c>, else <c>LC_MESSAGES</c>, else <c>LANG</c>.</summary>
    /// <returns>The first of them that is set and not empty, or null.</returns>
    public static string? LocaleFromEnvironment() =>
        new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
