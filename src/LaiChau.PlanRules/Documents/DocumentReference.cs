using System.Text;

namespace LaiChau.PlanRules.Documents;

/// <summary>
/// A cited document: its number, kind and issuer, as a plan's "Căn cứ" paragraph cites it, e.g.
/// "Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ".
/// </summary>
/// <param name="Number">The document's number.</param>
/// <param name="KindName">The kind of document as the citation words it: "Nghị quyết", "Kế hoạch", "Chương trình hành động".</param>
/// <param name="IssuerName">
/// The issuer's name, as given by the caller ("Chính phủ", "Ban Chấp hành Trung ương", "Bộ Chính trị"); it is never
/// derived from the issuer code, which several bodies share (<c>/TW</c>).
/// </param>
/// <param name="Date">The date the document was issued, or null when unknown.</param>
/// <param name="ShortName">The short name the citing text uses afterwards ("sau đây gọi tắt là ..."), if any.</param>
public sealed record DocumentReference(DocumentNumber Number, string KindName, string IssuerName, DateOnly? Date, string? ShortName = null)
{
    /// <summary>The longest citation <see cref="ParseCitation"/> reads.</summary>
    private const int MaxCitationLength = 500;

    /// <summary>The document's number.</summary>
    public DocumentNumber Number { get; init => field = value ?? throw new ArgumentNullException(nameof(Number)); }
        = Number ?? throw new ArgumentNullException(nameof(Number));

    /// <summary>The kind of document as the citation words it ("Nghị quyết"), in NFC; never blank.</summary>
    public string KindName { get; init => field = RequireText(value, nameof(KindName)); } = RequireText(KindName, nameof(KindName));

    /// <summary>The issuer's name as given by the caller, in NFC; never blank.</summary>
    public string IssuerName { get; init => field = RequireText(value, nameof(IssuerName)); } = RequireText(IssuerName, nameof(IssuerName));

    /// <summary>The short name used by the citing text, in NFC, or null; never blank.</summary>
    public string? ShortName { get; init => field = OptionalText(value, nameof(ShortName)); } = OptionalText(ShortName, nameof(ShortName));

    /// <summary>
    /// The short citation used in running text: "Nghị quyết số 107/NQ-CP ngày 09/7/2024"; without a date,
    /// "Nghị quyết số 107/NQ-CP".
    /// </summary>
    /// <returns>The kind, "số", the number and, when known, "ngày" and the date in <see cref="VietnameseDateFormat.Citation"/> form.</returns>
    public string ToCitation() =>
        Date is { } date
            ? $"{KindName} số {Number} ngày {VietnameseDateFormat.Citation(date)}"
            : $"{KindName} số {Number}";

    /// <summary>
    /// The full citation: "Nghị quyết số 107/NQ-CP ngày 09 tháng 7 năm 2024 của Chính phủ"; without a date,
    /// "Nghị quyết số 107/NQ-CP của Chính phủ".
    /// </summary>
    /// <returns>The kind, "số", the number, the date in <see cref="VietnameseDateFormat.Full"/> form when known, "của" and the issuer.</returns>
    public string ToFullCitation() =>
        Date is { } date
            ? $"{KindName} số {Number} {VietnameseDateFormat.Full(date)} của {IssuerName}"
            : $"{KindName} số {Number} của {IssuerName}";

    /// <summary>The short citation (<see cref="ToCitation"/>).</summary>
    /// <returns>The short citation.</returns>
    public override string ToString() => ToCitation();

    /// <summary>
    /// Parses a citation: the kind name, "số" (optional: the plan also writes "Kế hoạch 271-KH/BCSD"), the
    /// number, then optionally "ngày" and a date (<c>09/7/2024</c> or <c>09 tháng 7 năm 2024</c>, see
    /// <see cref="VietnameseDateFormat.TryParse(string, out DateOnly)"/>), then optionally "của" and the issuer's
    /// name, which must then equal <paramref name="issuerName"/>. The kind name is every word before "số"
    /// (or before the number). NFD input is accepted; nothing may follow the issuer's name or the date
    /// (cut "về ..." and punctuation off first).
    /// </summary>
    /// <param name="text">The citation, for example "Nghị quyết số 107/NQ-CP ngày 09/7/2024".</param>
    /// <param name="issuerName">The issuer's name, for example "Chính phủ".</param>
    /// <returns>The reference, with no short name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="issuerName"/> is blank.</exception>
    /// <exception cref="DocumentNumberFormatException">
    /// The citation is malformed; <see cref="DocumentNumberFormatException.Position"/> indexes into the citation.
    /// </exception>
    public static DocumentReference ParseCitation(string text, string issuerName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issuer = RequireText(issuerName, nameof(issuerName));
        if (!VietnameseText.TryNormalize(text, out var input, out var invalidAt))
        {
            throw new DocumentNumberFormatException(text, invalidAt, "the text is not valid Unicode (an unpaired surrogate)");
        }

        if (input.Length > MaxCitationLength)
        {
            throw Error(input, MaxCitationLength, $"the citation is {input.Length} characters long; at most {MaxCitationLength} are read");
        }

        var words = Words(input);
        if (words.Count == 0) throw Error(input, 0, "the citation is empty");

        var at = words.FindIndex(w => IsWord(input, w, "số") || char.IsAsciiDigit(input[w.Start]));
        if (at < 0) throw Error(input, input.Length, "expected 'số' and the document number");
        if (at == 0) throw Error(input, words[0].Start, "expected the kind of document (e.g. 'Nghị quyết') before the number");
        var kindName = string.Join(' ', words.Take(at).Select(w => input.Substring(w.Start, w.Length)));

        var numberAt = IsWord(input, words[at], "số") ? at + 1 : at;
        if (numberAt == words.Count) throw Error(input, input.Length, "expected the document number after 'số'");
        var numberWord = words[numberAt];
        var number = DocumentNumberParser.Parse(input.Substring(numberWord.Start, numberWord.Length), out var failure)
            ?? throw Error(input, numberWord.Start + failure.Position, failure.Reason);

        var next = numberAt + 1;
        DateOnly? date = null;
        if (next < words.Count && IsWord(input, words[next], "ngày"))
        {
            // The date is one word ("09/7/2024") or five ("09 tháng 7 năm 2024"); what follows is checked below.
            var first = next + 1;
            var length = first < words.Count && input.AsSpan(words[first].Start, words[first].Length).Contains('/') ? 1 : 5;
            var end = first;
            while (end < words.Count && end - first < length && !IsWord(input, words[end], "của")) end++;
            if (end == first)
            {
                throw Error(input, first < words.Count ? words[first].Start : input.Length, "expected a date after 'ngày'");
            }

            var dateStart = words[first].Start;
            var dateText = input[dateStart..(words[end - 1].Start + words[end - 1].Length)];
            if (!VietnameseDateFormat.TryParse(dateText, out var parsed, out var impossible))
            {
                throw Error(input, dateStart, impossible
                    ? $"'{dateText}' is not a date that exists"
                    : $"expected a date such as 09/7/2024 or 09 tháng 7 năm 2024 after 'ngày', found '{dateText}'");
            }

            date = parsed;
            next = end;
        }

        if (next < words.Count && IsWord(input, words[next], "của"))
        {
            if (next + 1 == words.Count) throw Error(input, input.Length, "expected the issuer's name after 'của'");
            var named = string.Join(' ', words.Skip(next + 1).Select(w => input.Substring(w.Start, w.Length)));
            if (!string.Equals(named, CollapseSpaces(issuer), StringComparison.Ordinal))
            {
                throw Error(input, words[next + 1].Start, $"the citation names the issuer '{named}', but '{issuer}' was given");
            }

            next = words.Count;
        }

        if (next < words.Count)
        {
            var word = words[next];
            throw Error(input, word.Start, $"unexpected '{input.Substring(word.Start, word.Length)}': expected 'ngày' and a date, or 'của' and the issuer's name");
        }

        return new DocumentReference(number, kindName, issuer, date);
    }

    private static DocumentNumberFormatException Error(string input, int position, string reason) => new(input, position, reason);

    private static bool IsWord(string input, (int Start, int Length) word, string expected) =>
        input.AsSpan(word.Start, word.Length).Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static List<(int Start, int Length)> Words(string input)
    {
        var words = new List<(int Start, int Length)>();
        var i = 0;
        while (i < input.Length)
        {
            while (i < input.Length && char.IsWhiteSpace(input[i])) i++;
            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i])) i++;
            if (i > start) words.Add((start, i - start));
        }

        return words;
    }

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string RequireText(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException("The text must not be blank.", name);
        return value.Normalize(NormalizationForm.FormC);
    }

    private static string? OptionalText(string? value, string name) => value is null ? null : RequireText(value, name);
}
