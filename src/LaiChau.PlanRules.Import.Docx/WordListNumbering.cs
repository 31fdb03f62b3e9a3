using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LaiChau.PlanRules.Plan.Import.Docx;

/// <summary>
/// The labels Word's automatic list numbering draws before paragraphs ("1.", "a)", "I."), computed from the document's
/// numbering definitions (numbering.xml) as Word does, so that an imported plan keeps its clause numbers: a paragraph's
/// list (<c>w:numPr</c>, its own or its paragraph style's) names a numbering instance (<c>w:num</c>) and a level; the
/// instance's abstract definition gives each level's start, format (<c>decimal</c>, <c>lowerLetter</c>,
/// <c>upperLetter</c>, <c>lowerRoman</c>, <c>upperRoman</c>, <c>decimalZero</c>, <c>bullet</c>, <c>none</c>) and text
/// (<c>%1.</c>, <c>%1.%2.</c>, <c>%1)</c>). Counters are kept per instance and level, in body order; a level restarts
/// after a higher level is used (unless its <c>w:lvlRestart</c> says 0), and an instance's <c>w:startOverride</c> sets
/// where it begins. A bullet is written "-", as the plans type it.
/// </summary>
internal sealed class WordListNumbering
{
    private readonly Dictionary<int, Instance> _instances = [];
    private readonly Dictionary<string, (int NumId, int Level)> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _basedOn = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _counters = [];

    private WordListNumbering()
    {
    }

    /// <summary>The numbering of a document; empty (no labels) when it has no numbering part.</summary>
    public static WordListNumbering Of(MainDocumentPart? part)
    {
        var numbering = new WordListNumbering();
        var definitions = part?.NumberingDefinitionsPart?.Numbering;
        if (definitions is not null)
        {
            var abstracts = new Dictionary<int, ListLevel[]>();
            foreach (var a in definitions.Elements<AbstractNum>())
            {
                if (a.AbstractNumberId?.Value is { } id) abstracts[id] = Levels(a.Elements<Level>());
            }

            foreach (var num in definitions.Elements<NumberingInstance>())
            {
                if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } abstractId || !abstracts.TryGetValue(abstractId, out var levels)) continue;
                var own = (ListLevel[])levels.Clone();
                var starts = new int?[9];
                foreach (var o in num.Elements<LevelOverride>())
                {
                    if (o.LevelIndex?.Value is not { } i || i is < 0 or > 8) continue;
                    if (o.StartOverrideNumberingValue?.Val?.Value is { } s) starts[i] = s;
                    if (o.Level is { } replaced) own[i] = Levels([replaced])[i];
                }

                numbering._instances[numId] = new Instance(own, starts);
            }
        }

        foreach (var style in part?.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } styleId) continue;
            if (style.BasedOn?.Val?.Value is { } parent) numbering._basedOn[styleId] = parent;
            if (style.StyleParagraphProperties?.NumberingProperties is { } np && np.NumberingId?.Val?.Value is { } n)
            {
                numbering._styles[styleId] = (n, np.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }

        return numbering;
    }

    /// <summary>
    /// The label Word draws before <paramref name="paragraph"/> and advances the counters, or null when the paragraph is
    /// not in a list (or its list draws nothing). Called once per paragraph, in body order.
    /// </summary>
    public string? Next(Paragraph paragraph)
    {
        if (ListOf(paragraph) is not var (numId, level) || numId == 0 || !_instances.TryGetValue(numId, out var instance)) return null;
        level = Math.Clamp(level, 0, 8);
        var levels = instance.Levels;
        if (!_counters.TryGetValue(numId, out var counters))
        {
            _counters[numId] = counters = new int[9];
            Array.Fill(counters, int.MinValue);
        }

        counters[level] = counters[level] == int.MinValue ? instance.Start(level) : counters[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            // A deeper level restarts after this one, unless it says it never restarts (lvlRestart 0) or restarts only
            // after a level higher than this one.
            if (levels[deeper].Restart is not { } r || (r != 0 && r - 1 >= level)) counters[deeper] = int.MinValue;
        }

        var format = levels[level];
        if (format.Format == NumberFormatValues.Bullet) return "-";
        if (format.Format == NumberFormatValues.None || string.IsNullOrEmpty(format.Text)) return null;
        var label = new StringBuilder();
        var text = format.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var n = text[i + 1] - '1';
                var value = counters[n] == int.MinValue ? instance.Start(n) : counters[n];
                label.Append(Format(value, format.IsLegal && n < level ? NumberFormatValues.Decimal : levels[n].Format));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return label.ToString().Trim();
    }

    /// <summary>The list a paragraph is in: its own <c>w:numPr</c>, else its style's (following <c>w:basedOn</c>).</summary>
    private (int NumId, int Level)? ListOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        (int NumId, int Level)? fromStyle = null;
        for (var depth = 0; styleId is not null && depth < 16 && fromStyle is null; depth++)
        {
            if (_styles.TryGetValue(styleId, out var s)) fromStyle = s;
            styleId = _basedOn.GetValueOrDefault(styleId);
        }

        if (own?.NumberingId?.Val?.Value is { } numId) return (numId, own.NumberingLevelReference?.Val?.Value ?? fromStyle?.Level ?? 0);
        if (fromStyle is { } style) return (style.NumId, own?.NumberingLevelReference?.Val?.Value ?? style.Level);
        return null;
    }

    private static ListLevel[] Levels(IEnumerable<Level> defined)
    {
        var levels = Enumerable.Range(0, 9).Select(_ => new ListLevel(0, NumberFormatValues.Decimal, null, null, false)).ToArray();
        foreach (var l in defined)
        {
            if (l.LevelIndex?.Value is not { } i || i is < 0 or > 8) continue;
            levels[i] = new ListLevel(
                l.StartNumberingValue?.Val?.Value ?? 0,
                l.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal,
                l.LevelText?.Val?.Value,
                l.LevelRestart?.Val?.Value,
                l.IsLegalNumberingStyle is not null && (l.IsLegalNumberingStyle.Val?.Value ?? true));
        }

        return levels;
    }

    /// <summary>A number in a level's format: 3 as "3", "c", "C", "iii", "III", "03".</summary>
    internal static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter) return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.DecimalZero) return value.ToString("00", CultureInfo.InvariantCulture);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letters: a … z, then aa … zz, aaa …</summary>
    private static string Letters(int value)
    {
        if (value < 1) return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('A' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999) return value.ToString(CultureInfo.InvariantCulture);
        (int Value, string Text)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (v, t) in numerals)
        {
            while (value >= v)
            {
                sb.Append(t);
                value -= v;
            }
        }

        return sb.ToString();
    }

    /// <summary>One level of a list: where it starts, its format, its text, after which level it restarts, and whether it shows higher levels as decimals.</summary>
    private sealed record ListLevel(int Start, NumberFormatValues Format, string? Text, int? Restart, bool IsLegal);

    /// <summary>A numbering instance: its levels (with overrides) and its start overrides.</summary>
    private sealed record Instance(ListLevel[] Levels, int?[] StartOverrides)
    {
        public int Start(int level) => StartOverrides[level] ?? Levels[level].Start;
    }
}
