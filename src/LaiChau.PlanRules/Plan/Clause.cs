namespace LaiChau.PlanRules.Plan;

/// <summary>
/// One element of a plan, reached by its <see cref="Path"/> (<c>docs/clause-paths.md</c>): the preamble, a section, an
/// item, a paragraph, a duty, the appendix or one of its tasks, and the closing parts (recipients, archive line,
/// signature). Its words are those of the source, in Unicode NFC, without the number label ("1.1.", "I.", "a)"), which
/// is in <see cref="Number"/>. Immutable; built by <see cref="PlanDocument.Load"/>.
/// </summary>
public sealed class Clause
{
    internal Clause(ClausePath path, string? number, string? heading, string? text, IReadOnlyList<Clause> children)
    {
        Path = path.ToString();
        Kind = path.Kind;
        Number = number;
        Heading = heading;
        Children = children;
        Text = text ?? heading ?? (Kind == ClauseKind.Preamble ? JoinChildren(children) : null)
            ?? throw LocalizedArgument.Create($"Điều khoản {Path} không có nội dung cũng không có tiêu đề.", $"The clause {Path} has neither text nor heading.", nameof(text));
        FullText = Render();
    }

    /// <summary>The path, such as <c>III.1.d4</c>.</summary>
    public string Path { get; }

    /// <summary>What the clause is (given by its path).</summary>
    public ClauseKind Kind { get; }

    /// <summary>
    /// The number or letter as written, without its punctuation: <c>III</c> for a section, <c>1.1</c> or <c>a</c> for an
    /// item, the task id for an appendix task; null for the other kinds.
    /// </summary>
    public string? Number { get; }

    /// <summary>The heading of a section or of an item that has one (<c>MỤC ĐÍCH, YÊU CẦU</c>); null otherwise.</summary>
    public string? Heading { get; }

    /// <summary>
    /// The clause's own words, verbatim: the heading of a headed section or item; the running text of an item such as
    /// III.1; a paragraph; for a duty or the appendix reference, the exact span of the enclosing text that states it;
    /// for an appendix task, its title; for the preamble (which has no words of its own), its paragraphs joined by a
    /// blank line; for a recipient, the line without dash and ";". Never empty.
    /// </summary>
    public string Text { get; }

    /// <summary>
    /// The clause as laid out in the source: number label, own words and the parts it contains, separated by blank
    /// lines (<c>"1.2. Đổi mới …\n\nKịp thời …\n\nChính sách …"</c>). Duties and the appendix reference are spans of
    /// their parent, so a parent's full text does not repeat them; their own full text is their span.
    /// </summary>
    public string FullText { get; }

    /// <summary>The parts, in document order (none for a leaf).</summary>
    public IReadOnlyList<Clause> Children { get; }

    /// <summary>The path and text, for diagnostics.</summary>
    /// <returns><c>Path: Text</c>.</returns>
    public override string ToString() => $"{Path}: {Text}";

    /// <summary>A copy of this clause with other children (used to attach appendix tasks).</summary>
    internal Clause WithChildren(IReadOnlyList<Clause> children) =>
        new(ClausePath.Parse(Path), Number, Heading, Kind == ClauseKind.Preamble ? null : Text, children);

    /// <summary>True for clauses whose text is a span of the parent's text (duties, the appendix reference).</summary>
    internal static bool IsSpan(ClauseKind kind) => kind is ClauseKind.Duty or ClauseKind.Appendix;

    private static string JoinChildren(IEnumerable<Clause> children) =>
        string.Join("\n\n", children.Where(c => !IsSpan(c.Kind)).Select(c => c.FullText));

    private string Render()
    {
        var own = Kind switch
        {
            ClauseKind.Preamble => null,
            ClauseKind.Section => $"{Number}. {Text}",
            ClauseKind.Item when Number is { Length: > 0 } n && char.IsLetter(n[0]) => $"{Number}) {Text}",
            ClauseKind.Item => $"{Number}. {Text}",
            ClauseKind.RecipientList => Text + ":",
            ClauseKind.Recipient => "- " + Text,
            _ => Text,
        };
        if (Kind == ClauseKind.RecipientList)
        {
            return string.Join("\n", Children.Select(c => c.FullText).Prepend(own!));
        }

        var parts = JoinChildren(Children);
        return own is null ? parts : parts.Length == 0 ? own : own + "\n\n" + parts;
    }
}
