using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Plan;

/// <summary>
/// The address of a clause or another element of a plan, such as <c>III.1.d4</c> (the fourth duty of item 1 of
/// section III) or <c>NN.7</c> (the seventh line of "Nơi nhận"). Paths are case-sensitive ASCII, segments joined by
/// dots; the grammar is in <c>docs/clause-paths.md</c>:
/// <list type="bullet">
/// <item><c>CC</c> the preamble, <c>CC.p1</c>… its paragraphs;</item>
/// <item><c>I</c>, <c>II</c>, <c>III</c>… sections (canonical Roman numerals I–XXXIX);</item>
/// <item>items by their last number or letter: <c>II.1.3</c> is item "1.3." of II; <c>IV.2.a</c> is item "a)" (<c>dd</c> for "đ)");</item>
/// <item><c>p&lt;n&gt;</c> the n-th unnumbered paragraph and <c>d&lt;n&gt;</c> the n-th duty of a section, item or paragraph (n from 1);</item>
/// <item><c>PL</c> the appendix of a section, item or paragraph, and <c>PL.&lt;taskId&gt;</c> its tasks (<c>[A-Za-z0-9_-]+</c>);</item>
/// <item><c>NN</c> the recipients and <c>NN.&lt;n&gt;</c> the n-th recipient; <c>LUU</c> the archive line; <c>KY</c> the signature.</item>
/// </list>
/// A path that parses need not exist in a given plan: look it up with <see cref="PlanDocument.Find"/>. The default
/// value is not a path (empty <see cref="Segments"/>, <see cref="ToString"/> empty).
/// </summary>
public readonly partial record struct ClausePath
{
    /// <summary>The longest path accepted, in characters.</summary>
    public const int MaxLength = 256;

    private readonly string? _value;
    private readonly ReadOnlyCollection<string>? _segments;

    private ClausePath(string value, string[] segments, ClauseKind kind)
    {
        _value = value;
        _segments = Array.AsReadOnly(segments);
        Kind = kind;
    }

    /// <summary>The segments, first to last: <c>III.1.d4</c> has <c>III</c>, <c>1</c>, <c>d4</c>.</summary>
    public IReadOnlyList<string> Segments => _segments ?? ReadOnlyCollection<string>.Empty;

    /// <summary>The kind of element the path names, read from its last segment and its context: <c>III.1.d4</c> names a <see cref="ClauseKind.Duty"/>.</summary>
    public ClauseKind Kind { get; }

    /// <summary>The path of the enclosing element (<c>III.1</c> for <c>III.1.d4</c>), or null for a top-level path (<c>CC</c>, <c>III</c>, <c>NN</c>, <c>LUU</c>, <c>KY</c>).</summary>
    public ClausePath? Parent
    {
        get
        {
            if (_segments is null || _segments.Count <= 1) return null;
            var parentValue = _value![.._value!.LastIndexOf('.')];
            return Parse(parentValue);
        }
    }

    /// <summary>Parses a path.</summary>
    /// <param name="text">The path, such as <c>II.1.1.p2</c>.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a path; the message says which segment is wrong and why.</exception>
    public static ClausePath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problem = Problem(text, out var path);
        return problem is null ? path : throw new FormatException($"'{text}' is not a clause path: {problem}");
    }

    /// <summary>Parses a path, without throwing.</summary>
    /// <param name="text">The path, or null.</param>
    /// <param name="path">The path when this returns true.</param>
    /// <returns>True when <paramref name="text"/> is a path.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ClausePath path) => Problem(text, out path) is null;

    /// <summary>True when this path is <paramref name="other"/> or encloses it (<c>III.1</c> encloses <c>III.1.d4</c>).</summary>
    /// <param name="other">Another path.</param>
    /// <returns>True for the same path or a descendant of this one.</returns>
    public bool IsSelfOrAncestorOf(ClausePath other) =>
        _value is not null && other._value is not null
        && (other._value == _value || other._value.StartsWith(_value + ".", StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(ClausePath other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The path as text, such as <c>III.1.d4</c>; empty for the default value.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Why <paramref name="text"/> is not a path, in English, or null when it is one (then <paramref name="path"/> is set).</summary>
    internal static string? Problem(string? text, out ClausePath path) => LocalizedProblem(text, out path)?.En;

    /// <summary>Why <paramref name="text"/> is not a path, in Vietnamese and English, or null when it is one (then <paramref name="path"/> is set).</summary>
    internal static LocalizedText? LocalizedProblem(string? text, out ClausePath path)
    {
        path = default;
        if (text is null) return new("thiếu đường dẫn.", "the path is missing.");
        if (text.Length == 0) return new("đường dẫn để trống.", "the path is empty.");
        if (text.Length > MaxLength)
        {
            return new(
                string.Create(CultureInfo.InvariantCulture, $"đường dẫn dài quá {MaxLength} ký tự."),
                string.Create(CultureInfo.InvariantCulture, $"the path is longer than {MaxLength} characters."));
        }

        var segments = text.Split('.');
        if (segments.Any(s => s.Length == 0))
        {
            return new(
                "đường dẫn có một đoạn rỗng (hai dấu chấm liền nhau, hoặc dấu chấm ở đầu hay cuối).",
                "it has an empty segment (two dots together, or a dot at the start or end).");
        }

        ClauseKind kind;
        switch (segments[0])
        {
            case "CC": kind = ClauseKind.Preamble; break;
            case "NN": kind = ClauseKind.RecipientList; break;
            case "LUU": kind = ClauseKind.Archive; break;
            case "KY": kind = ClauseKind.Signature; break;
            default:
                if (!RomanPattern().IsMatch(segments[0]))
                {
                    return new(
                        $"đường dẫn phải bắt đầu bằng CC (phần căn cứ), số La Mã của mục (I, II, III, …), NN (nơi nhận), LUU (lưu) hoặc KY (chữ ký), không phải '{segments[0]}'.",
                        $"it must start with CC (preamble), a Roman section number (I, II, III, …), NN (recipients), LUU (archive) or KY (signature), not '{segments[0]}'.");
                }

                kind = ClauseKind.Section;
                break;
        }

        var inPreamble = kind == ClauseKind.Preamble;
        for (var i = 1; i < segments.Length; i++)
        {
            var s = segments[i];
            var after = string.Join('.', segments, 0, i);
            ClauseKind? next = kind switch
            {
                ClauseKind.Preamble => ParagraphPattern().IsMatch(s) ? ClauseKind.Paragraph : null,
                ClauseKind.Section or ClauseKind.Item => ItemPattern().IsMatch(s) ? ClauseKind.Item
                    : ParagraphPattern().IsMatch(s) ? ClauseKind.Paragraph
                    : DutyPattern().IsMatch(s) ? ClauseKind.Duty
                    : s == "PL" ? ClauseKind.Appendix : null,
                ClauseKind.Paragraph when !inPreamble => DutyPattern().IsMatch(s) ? ClauseKind.Duty
                    : s == "PL" ? ClauseKind.Appendix : null,
                ClauseKind.Appendix => PlanText.IsTaskId(s) ? ClauseKind.AppendixTask : null,
                ClauseKind.RecipientList => NumberPattern().IsMatch(s) ? ClauseKind.Recipient : null,
                _ => null,
            };
            if (next is null)
            {
                LocalizedText holds = kind switch
                {
                    ClauseKind.Preamble => new("phần căn cứ CC chỉ gồm các đoạn p1, p2, ….", "the preamble CC holds only paragraphs p1, p2, …."),
                    ClauseKind.Section or ClauseKind.Item => new(
                        "mục hoặc khoản, điểm gồm các khoản, điểm (1, 2, … không có số 0 ở đầu, hoặc một chữ cái a–z, dd thay cho đ), các đoạn p1, p2, …, các nhiệm vụ d1, d2, … và phụ lục PL.",
                        "a section or item holds items (1, 2, … without leading zeros, or a letter a–z, dd for đ), paragraphs p1, p2, …, duties d1, d2, … and the appendix PL."),
                    ClauseKind.Paragraph when !inPreamble => new(
                        "đoạn chỉ gồm các nhiệm vụ d1, d2, … và phụ lục PL.", "a paragraph holds only duties d1, d2, … and the appendix PL."),
                    ClauseKind.Appendix => new(
                        string.Create(CultureInfo.InvariantCulture, $"mã nhiệm vụ của phụ lục gồm 1 đến {PlanText.MaxTaskIdLength} ký tự A–Z, a–z, 0–9, '_' và '-'."),
                        string.Create(CultureInfo.InvariantCulture, $"an appendix task id is 1 to {PlanText.MaxTaskIdLength} of A–Z, a–z, 0–9, '_' and '-'.")),
                    ClauseKind.RecipientList => new(
                        "NN gồm các nơi nhận đánh số 1, 2, … không có số 0 ở đầu.", "NN holds recipients numbered 1, 2, … without leading zeros."),
                    _ => new($"{Describe(kind).Vi} không có phần con.", $"a {Describe(kind).En} has no parts."),
                };
                return new($"'{s}' không thể đứng sau '{after}': " + holds.Vi, $"'{s}' cannot follow '{after}': " + holds.En);
            }

            kind = next.Value;
        }

        path = new ClausePath(text, segments, kind);
        return null;
    }

    private static LocalizedText Describe(ClauseKind kind) => kind switch
    {
        ClauseKind.Paragraph => new("đoạn của phần căn cứ", "preamble paragraph"),
        ClauseKind.Duty => new("nhiệm vụ (d<n>)", "duty (d<n>)"),
        ClauseKind.AppendixTask => new("nhiệm vụ của phụ lục", "appendix task"),
        ClauseKind.Recipient => new("nơi nhận (NN.<n>)", "recipient (NN.<n>)"),
        ClauseKind.Archive => new("dòng lưu (LUU)", "archive line (LUU)"),
        ClauseKind.Signature => new("chữ ký (KY)", "signature (KY)"),
        _ => new(kind.ToString(), kind.ToString()),
    };

    [GeneratedRegex(@"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\z", RegexOptions.CultureInvariant)]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(?:[1-9][0-9]{0,2}|[a-z]|dd)\z", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^p[1-9][0-9]{0,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"^d[1-9][0-9]{0,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DutyPattern();

    [GeneratedRegex(@"^[1-9][0-9]{0,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
