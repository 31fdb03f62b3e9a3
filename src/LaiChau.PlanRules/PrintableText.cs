using System.Globalization;
using System.Text;

namespace LaiChau.PlanRules;

/// <summary>
/// Escapes what an input may smuggle into text written for people (a value, an id, a name or a member name
/// echoed back): line breaks, other control characters (C0 and C1: ESC sequences, OSC, BEL) and bidirectional
/// overrides and isolates (U+202A-U+202E, U+2066-U+2069) become <c>\n</c>, <c>\uXXXX</c>, so the text stays one
/// line of plain text in a console, a terminal or a log. One helper for the library's messages and the CLI.
/// </summary>
internal static class PrintableText
{
    /// <summary>The text with every unsafe character escaped; the same instance when it has none.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!IsUnsafe(c)) sb.Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }

    /// <summary>True for a character that must not reach a terminal as is.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
