using System.Globalization;

namespace LaiChau.PlanRules.Documents;

/// <summary>
/// The grammars of <c>docs/document-numbers.md</c>, as a hand-written scanner so that every error can
/// say what was expected and at which position. It never throws for bad input: it returns the first
/// problem found, left to right.
/// </summary>
internal static class DocumentNumberParser
{
    /// <summary>The longest text accepted as a document number (the longest real ones are about 20).</summary>
    internal const int MaxLength = 100;

    /// <summary>The most digits of a number: up to 999 999 999 fits an <see cref="int"/>.</summary>
    private const int MaxDigits = 9;

    /// <summary>The first year of Vietnamese legal documents; an earlier year is a typing mistake.</summary>
    private const int FirstYear = 1945;

    /// <summary>Why a text is not a document number.</summary>
    /// <param name="Input">The text after NFC normalisation.</param>
    /// <param name="Position">The 0-based index of the problem in <paramref name="Input"/>.</param>
    /// <param name="Reason">What is wrong.</param>
    internal readonly record struct Failure(string Input, int Position, string Reason)
    {
        /// <summary>The exception that reports this failure.</summary>
        internal DocumentNumberFormatException ToException() => new(Input, Position, Reason);
    }

    /// <summary>Parses <paramref name="text"/>; on failure returns null and says why.</summary>
    internal static DocumentNumber? Parse(string text, out Failure failure)
    {
        if (!VietnameseText.TryNormalize(text, out var input, out var invalidAt))
        {
            failure = new Failure(text, invalidAt, "the text is not valid Unicode (an unpaired surrogate)");
            return null;
        }

        var scanner = new Scanner(input);
        var number = scanner.Run();
        failure = number is null ? new Failure(input, scanner.FailPosition, scanner.FailReason!) : default;
        return number;
    }

    private sealed class Scanner
    {
        // The NFC text with U+00D0 'Ð' (Icelandic eth, a frequent look-alike) read as U+0110 'Đ';
        // the replacement keeps every index, so positions still point into the NFC input.
        private readonly string _text;
        private readonly int _end;

        internal Scanner(string input)
        {
            _text = input.Replace('\u00D0', 'Đ');
            var end = _text.Length;
            while (end > 0 && char.IsWhiteSpace(_text[end - 1])) end--;
            _end = end;
        }

        internal int FailPosition { get; private set; }

        internal string? FailReason { get; private set; }

        internal DocumentNumber? Run()
        {
            if (_text.Length > MaxLength)
            {
                return Fail(MaxLength, Invariant($"the text is {_text.Length} characters long; a document number has at most {MaxLength}"));
            }

            var start = 0;
            while (start < _end && char.IsWhiteSpace(_text[start])) start++;
            if (start == _end) return Fail(0, "the text is empty");

            var pos = start;
            while (pos < _end && char.IsAsciiDigit(_text[pos])) pos++;
            if (pos == start) return Fail(start, NoNumberReason(start));

            var digits = _text[start..pos];
            if (digits.Length > MaxDigits) return Fail(start, Invariant($"the number '{digits}' has more than {MaxDigits} digits"));
            var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (value == 0) return Fail(start, "the number must be 1 or more");
            if (digits[0] == '0' && !(digits.Length == 2 && value < 10))
            {
                return Fail(start, $"'{digits}' has a superfluous leading zero (numbers below 10 are written 01 to 09, larger numbers without a zero)");
            }

            if (pos == _end) return Fail(pos, "expected '/' after the number");
            return _text[pos] switch
            {
                '/' => AfterSlash(value, pos + 1),
                '-' => Party(value, pos),
                _ => Fail(pos, "expected '/' after the number"),
            };
        }

        private string NoNumberReason(int start)
        {
            var c = _text[start];
            if (_text.AsSpan(start).StartsWith("Số", StringComparison.OrdinalIgnoreCase))
            {
                return "expected the document number (digits); leave out the label 'Số:'";
            }

            return c is '/' or '-'
                ? $"expected the document number (digits) before '{c}'"
                : $"expected the document number (digits), found {VietnameseText.Describe(c)}";
        }

        private DocumentNumber? AfterSlash(int value, int p)
        {
            if (p == _end) return Fail(p, "expected a type code or issuer code after '/'");
            return char.IsAsciiDigit(_text[p]) ? LegalNormative(value, p) : State(value, p);
        }

        // number "/" (TYPE "-" ISSUER | ISSUER "-" UNIT)
        private DocumentNumber? State(int value, int p)
        {
            var q = ScanCode(p);
            if (q == p) return Fail(p, $"expected a type code or issuer code after '/', found {Found(p)}");
            var first = _text[p..q];
            if (q == _end)
            {
                return Fail(q, DocumentCodes.StateTypes.ContainsKey(first)
                    ? $"expected '-' and the issuer code after the type code '{first}'"
                    : $"expected '-' and a second code after '{first}'");
            }

            if (_text[q] == '/')
            {
                var hint = DocumentCodes.PartyTypes.ContainsKey(first)
                    ? " (Party numbers are written number-TYPE/ISSUER, e.g. 45-NQ/TW)"
                    : string.Empty;
                return Fail(q, $"expected '-' after '{first}', found '/'{hint}");
            }

            if (_text[q] != '-') return Fail(q, Unexpected(q, first));

            var s = q + 1;
            var r = ScanCode(s);
            if (r == s) return Fail(s, $"expected a code after '-', found {Found(s)}");
            var second = _text[s..r];
            if (r != _end)
            {
                return Fail(r, _text[r] == '-'
                    ? "unexpected '-': a State number has two codes after '/' (numbers of joint issuers are not supported)"
                    : Unexpected(r, second));
            }

            if (DocumentCodes.StateTypes.ContainsKey(first))
            {
                return CapitalOrFail(second, s, "the issuer code")
                    ? new DocumentNumber(value, null, first, second, null, DocumentSystem.State)
                    : null;
            }

            if (first == "CV")
            {
                return Fail(p, "'CV' is not a State type code: a State công văn is written number/ISSUER-UNIT, e.g. 123/UBND-VX (only Party công văn use CV, e.g. 59-CV/TU)");
            }

            if (DocumentCodes.CaseVariantOf(DocumentCodes.StateTypes, first) is { } variant)
            {
                return Fail(p, $"'{first}' is not a State type code (type codes are case-sensitive: did you mean '{variant}'?)");
            }

            // No type code: a công văn, issuer then drafting unit.
            return CapitalOrFail(first, p, "the issuer code") && CapitalOrFail(second, s, "the drafting-unit code")
                ? new DocumentNumber(value, null, null, first, second, DocumentSystem.State)
                : null;
        }

        // number "/" year "/" (TYPE "-" ISSUER | ISSUER)
        private DocumentNumber? LegalNormative(int value, int p)
        {
            var q = p;
            while (q < _end && char.IsAsciiDigit(_text[q])) q++;
            if (q - p != 4) return Fail(p, "the year must have four digits, e.g. 09/2019/NĐ-CP");
            var year = int.Parse(_text.AsSpan(p, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year < FirstYear) return Fail(p, Invariant($"the year {year} is before {FirstYear}"));
            if (q == _end) return Fail(q, "expected '/' and the symbol after the year");
            if (_text[q] != '/') return Fail(q, $"expected '/' after the year, found {Found(q)}");

            var s = q + 1;
            var r = ScanCode(s);
            if (r == s) return Fail(s, $"expected a type code or issuer code after the year, found {Found(s)}");
            var first = _text[s..r];
            if (r == _end)
            {
                // A law or another document with no type code: 72/2025/QH15.
                if (DocumentCodes.NormativeTypes.ContainsKey(first))
                {
                    return Fail(r, $"expected '-' and the issuer code after the type code '{first}'");
                }

                return CapitalOrFail(first, s, "the issuer code")
                    ? new DocumentNumber(value, year, null, first, null, DocumentSystem.LegalNormative)
                    : null;
            }

            if (_text[r] != '-') return Fail(r, Unexpected(r, first));
            var t = r + 1;
            var u = ScanCode(t);
            if (u == t) return Fail(t, $"expected the issuer code after '-', found {Found(t)}");
            var issuer = _text[t..u];
            if (u != _end) return Fail(u, Unexpected(u, issuer));

            if (!DocumentCodes.NormativeTypes.ContainsKey(first))
            {
                var hint = DocumentCodes.CaseVariantOf(DocumentCodes.NormativeTypes, first) is { } variant
                    ? $"type codes are case-sensitive: did you mean '{variant}'?"
                    : "known: " + string.Join(", ", DocumentCodes.NormativeTypes.Keys.Order(StringComparer.Ordinal));
                return Fail(s, $"'{first}' is not a type code of legal normative documents ({hint})");
            }

            return CapitalOrFail(issuer, t, "the issuer code")
                ? new DocumentNumber(value, year, first, issuer, null, DocumentSystem.LegalNormative)
                : null;
        }

        // number "-" TYPE "/" ISSUER
        private DocumentNumber? Party(int value, int dash)
        {
            var p = dash + 1;
            var q = ScanCode(p);
            if (_text.IndexOf('/', p, _end - p) < 0)
            {
                // No '/' at all: "45-NQ" is a Party number cut short; "107-NQ-CP" is a State number
                // written with the wrong separator.
                var word = _text[p..q];
                return q == _end && DocumentCodes.PartyTypes.ContainsKey(word)
                    ? Fail(q, $"expected '/' and the issuer code after the Party type code '{word}'")
                    : Fail(dash, "expected '/' after the number");
            }

            if (q == p) return Fail(p, $"expected the Party type code after '-', found {Found(p)}");
            var type = _text[p..q];
            if (!DocumentCodes.PartyTypes.ContainsKey(type))
            {
                var hint = DocumentCodes.CaseVariantOf(DocumentCodes.PartyTypes, type) is { } variant
                    ? $" (type codes are case-sensitive: did you mean '{variant}'?)"
                    : string.Empty;
                return Fail(p, $"'{type}' is not a Party type code{hint}");
            }

            if (_text[q] != '/') return Fail(q, $"expected '/' after the Party type code '{type}', found {Found(q)}");
            var s = q + 1;
            var r = ScanCode(s);
            if (r == s) return Fail(s, $"expected the issuer code after '/', found {Found(s)}");
            var issuer = _text[s..r];
            if (r != _end) return Fail(r, Unexpected(r, issuer));
            return CapitalOrFail(issuer, s, "the issuer code")
                ? new DocumentNumber(value, null, type, issuer, null, DocumentSystem.Party)
                : null;
        }

        // A code: ASCII letters, 'Đ' and ASCII digits. Its role (type, issuer, unit) is decided by the caller.
        private int ScanCode(int p)
        {
            while (p < _end && (char.IsAsciiLetter(_text[p]) || char.IsAsciiDigit(_text[p]) || _text[p] == 'Đ')) p++;
            return p;
        }

        private bool CapitalOrFail(string code, int position, string role)
        {
            if (char.IsAsciiLetterUpper(code[0]) || code[0] == 'Đ') return true;
            Fail(position, $"{role} '{code}' must begin with a capital letter (codes are case-sensitive)");
            return false;
        }

        private string Found(int p) => p >= _end ? "the end of the text" : VietnameseText.Describe(_text[p]);

        private string Unexpected(int p, string after)
        {
            var c = _text[p];
            var alphabet = char.IsLetter(c) ? " (codes are written with the letters A-Z and Đ, and digits)" : string.Empty;
            return $"unexpected {VietnameseText.Describe(c)} after '{after}'{alphabet}";
        }

        private DocumentNumber? Fail(int position, string reason)
        {
            FailPosition = position;
            FailReason = reason;
            return null;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
