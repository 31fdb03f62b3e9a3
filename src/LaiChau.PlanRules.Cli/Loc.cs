using System.Globalization;

namespace LaiChau.PlanRules.Cli;

/// <summary>The language of one run: Vietnamese by default, English with <c>--lang en</c>. Dates dd/MM/yyyy in both.</summary>
internal sealed class Loc(bool english)
{
    public static Loc Vi { get; } = new(false);

    public static Loc En { get; } = new(true);

    public bool English => english;

    public string Code => english ? "en" : "vi";

    public string T(string vi, string en) => english ? en : vi;

    public string T(LocalizedText text) => english ? text.En : text.Vi;

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } x ? Date(x) : "—";

    /// <summary>
    /// Finds <c>--lang en</c> or <c>--lang=en</c> before parsing, so usage errors are in the chosen language too; without
    /// it, English when the locale starts with <c>en</c> (<c>LANG=en_US.UTF-8</c>), else Vietnamese (<c>C.UTF-8</c> too).
    /// </summary>
    public static Loc FromArgs(IReadOnlyList<string> args, string? locale = null)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            var value = a == "--lang" && i + 1 < args.Count ? args[i + 1]
                : a.StartsWith("--lang=", StringComparison.Ordinal) || a.StartsWith("--lang:", StringComparison.Ordinal) ? a[7..]
                : null;
            // A value that is neither (--lang fr) is a usage error, said in the locale's language.
            if (string.Equals(value, "en", StringComparison.OrdinalIgnoreCase)) return En;
            if (string.Equals(value, "vi", StringComparison.OrdinalIgnoreCase)) return Vi;
        }

        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Vi;
    }
}
