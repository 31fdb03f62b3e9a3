using System.Globalization;
using System.Text;

namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// Comparison keys for body names, so that spellings of one name meet: case, NFC/NFD, old and new tone
/// placement ("Uỷ"/"Ủy", "hoà"/"hòa"), punctuation and spacing ("Lao động - Thương binh" /
/// "Lao động-Thương binh"), and "Ủy ban nhân dân" written out or as "UBND".
/// </summary>
internal static class NameKey
{
    private const string Ubnd = "ubnd";
    private static readonly string[] UbndWords = Words("ủy ban nhân dân", replaceUbnd: false);
    private static readonly string[] ProvinceSuffix = Words("tỉnh Lai Châu", replaceUbnd: false);
    private static readonly string[] TinhSuffix = Words("tỉnh", replaceUbnd: false);

    /// <summary>The exact key: every spelling difference above removed, nothing else.</summary>
    public static string Exact(string text) => string.Join(' ', Words(text, replaceUbnd: true));

    /// <summary>
    /// The looser key: the exact key without a trailing "tỉnh" or "tỉnh Lai Châu" and without a leading
    /// "UBND" (so "UBND huyện Tam Đường" meets "huyện Tam Đường", "Sở Nội vụ tỉnh Lai Châu" meets "Sở Nội vụ").
    /// Never strips a name down to nothing.
    /// </summary>
    public static string Canonical(string text)
    {
        var words = Words(text, replaceUbnd: true).ToList();
        if (EndsWith(words, ProvinceSuffix) && words.Count > ProvinceSuffix.Length)
        {
            words.RemoveRange(words.Count - ProvinceSuffix.Length, ProvinceSuffix.Length);
        }
        else if (EndsWith(words, TinhSuffix) && words.Count > TinhSuffix.Length)
        {
            words.RemoveRange(words.Count - TinhSuffix.Length, TinhSuffix.Length);
        }

        if (words.Count > 1 && words[0] == Ubnd) words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static bool EndsWith(List<string> words, string[] suffix)
    {
        if (words.Count < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (!string.Equals(words[words.Count - suffix.Length + i], suffix[i], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    private static string[] Words(string text, bool replaceUbnd)
    {
        var decomposed = text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var word = new StringBuilder();
        var tones = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (IsSeparator(c))
            {
                Flush();
            }
            else if (IsTone(c))
            {
                tones.Append(c);
            }
            else
            {
                word.Append(c);
            }
        }

        Flush();
        if (!replaceUbnd) return [.. words];

        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (i + UbndWords.Length <= words.Count && words.Skip(i).Take(UbndWords.Length).SequenceEqual(UbndWords, StringComparer.Ordinal))
            {
                result.Add(Ubnd);
                i += UbndWords.Length - 1;
            }
            else
            {
                result.Add(words[i]);
            }
        }

        return [.. result];

        void Flush()
        {
            if (word.Length > 0) words.Add(word.Append(tones).ToString());
            word.Clear();
            tones.Clear();
        }
    }

    // The five Vietnamese tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    private static bool IsSeparator(char c)
    {
        if (char.IsWhiteSpace(c)) return true;
        if (c == '&') return false;
        return char.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.ConnectorPunctuation;
    }
}
