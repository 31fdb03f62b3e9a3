using System.Globalization;
using System.Text;

namespace LaiChau.PlanRules.Office.Internal;

/// <summary>Text from the evidence made safe for a document: control characters (other than tab and line feed) and lone surrogates become visible escapes.</summary>
internal static class SafeText
{
    public static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        if (!s.Any(NeedsEscape)) return s;
        var b = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                b.Append(c).Append(s[++i]);
            }
            else if (NeedsEscape(c))
            {
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } x ? Date(x) : string.Empty;

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>I to X for block and section numbers; larger numbers in digits.</summary>
    public static string Roman(int n) => n is >= 1 and <= 10 ? new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" }[n - 1] : Number(n);

    private static bool NeedsEscape(char c) =>
        (char.IsControl(c) && c != '\n' && c != '\t') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
}
