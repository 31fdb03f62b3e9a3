using System.Globalization;
using System.Text;

namespace LaiChau.PlanRules.Documents;

/// <summary>Unicode helpers for Vietnamese text typed or pasted by people.</summary>
internal static class VietnameseText
{
    /// <summary>
    /// Normalises <paramref name="text"/> to NFC (so NFD input, as some keyboards and PDF copies
    /// produce, reads the same as NFC), refusing text with an unpaired surrogate.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="nfc">The NFC form, when the text is valid UTF-16.</param>
    /// <param name="invalidAt">The index of the first unpaired surrogate, or -1.</param>
    /// <returns>True when the text is valid UTF-16 and was normalised.</returns>
    internal static bool TryNormalize(string text, out string nfc, out int invalidAt)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                nfc = text;
                invalidAt = i;
                return false;
            }
        }

        nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        invalidAt = -1;
        return true;
    }

    /// <summary>Names a character for an error message: <c>'x'</c>, <c>' ' (a space)</c>, or its code point (<c>U+0301</c>).</summary>
    internal static string Describe(char c) => c switch
    {
        ' ' => "' ' (a space)",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format
            => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
        _ => "'" + c + "'",
    };
}
