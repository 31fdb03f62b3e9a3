using System.Text;
using LaiChau.PlanRules.Office.Internal;

namespace LaiChau.PlanRules.Office.Html;

/// <summary>A tiny HTML builder: every text goes through <see cref="SafeText.Clean"/> and HTML encoding; markup is only written here.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _b = new();

    public HtmlWriter Raw(string markup)
    {
        _b.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _b.Append(Encode(text));
        return this;
    }

    /// <summary>Text whose line breaks become &lt;br&gt;.</summary>
    public HtmlWriter Lines(IEnumerable<string> lines)
    {
        _b.Append(string.Join("<br>", lines.Select(Encode)));
        return this;
    }

    /// <summary>An element with text content and optional attributes (written as given; values are encoded).</summary>
    public HtmlWriter El(string tag, string? text, params (string Name, string Value)[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Close(tag);
    }

    public HtmlWriter Open(string tag, params (string Name, string Value)[] attributes)
    {
        _b.Append('<').Append(tag);
        foreach (var (name, value) in attributes) _b.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        _b.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _b.Append("</").Append(tag).Append('>');
        return this;
    }

    public override string ToString() => _b.ToString();

    /// <summary>Escapes the five markup characters only: the file is UTF-8, so Vietnamese stays readable in the source.</summary>
    private static string Encode(string? text) => SafeText.Clean(text)
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
