using System.Globalization;

namespace LaiChau.PlanRules;

/// <summary>
/// Bounds the work of Unicode normalisation: a run of more than <see cref="MaxRun"/> combining marks (Unicode's
/// stream-safe limit, UAX #15) is refused before any text is normalised, so one letter followed by 200,000 marks
/// is an input error found in one linear pass instead of a normalisation whose time grows with the square of the run.
/// </summary>
internal static class CombiningMarks
{
    /// <summary>The most combining marks in a row that a text may carry (UAX #15, stream-safe text format).</summary>
    public const int MaxRun = 30;

    /// <summary>The reason of the input error for a text over the limit.</summary>
    public static LocalizedText Reason { get; } = new(
        string.Create(CultureInfo.InvariantCulture,
            $"Văn bản có một chuỗi quá {MaxRun} dấu kết hợp liên tiếp (giới hạn an toàn của Unicode, UAX #15); không chữ nào cần nhiều dấu như vậy."),
        string.Create(CultureInfo.InvariantCulture,
            $"The text has a run of more than {MaxRun} combining marks (the Unicode stream-safe limit, UAX #15); no letter needs that many."));

    /// <summary>True when <paramref name="text"/> has more than <see cref="MaxRun"/> combining marks in a row.</summary>
    public static bool HasOverlongRun(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0300')
            {
                run = 0; // below the first combining block: the common case, no lookup
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (++run > MaxRun) return true;
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }
}
