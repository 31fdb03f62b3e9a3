using System.Globalization;
using System.Text;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>Text helpers of the importer: phrase search at word boundaries, ids from Vietnamese names.</summary>
internal static class ImportText
{
    /// <summary>Every position where <paramref name="phrase"/> occurs in <paramref name="text"/>, ignoring case, at word boundaries.</summary>
    public static IEnumerable<int> Find(string text, string phrase, int from = 0, int to = -1)
    {
        if (phrase.Length == 0) yield break;
        var end = to < 0 ? text.Length : to;
        var i = from;
        while (i <= end - phrase.Length)
        {
            var at = text.IndexOf(phrase, i, end - i, StringComparison.OrdinalIgnoreCase);
            if (at < 0) yield break;
            if (IsBoundary(text, at - 1) && IsBoundary(text, at + phrase.Length)) yield return at;
            i = at + 1;
        }
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="phrase"/> at <paramref name="at"/>, ignoring case, ending at a word boundary.</summary>
    public static bool StartsAt(string text, int at, string phrase) =>
        at >= 0 && at + phrase.Length <= text.Length
        && string.Compare(text, at, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
        && IsBoundary(text, at + phrase.Length);

    /// <summary>True when the character at <paramref name="i"/> is not a letter or digit (or outside the text).</summary>
    public static bool IsBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    /// <summary>An id from a Vietnamese name: "Sở Văn hóa và Thể thao" gives <c>so-van-hoa-va-the-thao</c>.</summary>
    public static string Slug(string name)
    {
        var decomposed = name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (c is >= 'A' and <= 'Z') sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > PlanText.MaxIdLength) slug = slug[..PlanText.MaxIdLength].TrimEnd('-');
        return slug.Length == 0 ? "x" : slug;
    }

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN" as a name: "Ủy ban nhân dân tỉnh Điện Biên".</summary>
    public static string NameFromCapitals(string text)
    {
        var lower = text.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalize = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (capitalize) words[i] = char.ToUpper(words[i][0], CultureInfo.GetCultureInfo("vi-VN")) + words[i][1..];
            capitalize = words[i] is "tỉnh" or "phố" || (i > 0 && words[i - 1] is "tỉnh" or "phố");
        }

        return string.Join(' ', words);
    }

    /// <summary>Trims spaces and the separators that end a span (",", ";", ".", ":", "./.").</summary>
    public static string TrimSeparators(string text) => text.Trim().TrimEnd(',', ';', '.', ':', '/', ' ').Trim();
}
