using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>
/// Reads the text of a plan, line by line, into a plan-file DTO (docs/plan-file.md) and the import report: the header
/// (number, place and date, kind, title), the preamble, the sections and their parts, the duties of the implementation
/// section, the recipients, the archive line, the signature and the appendix table. Every non-blank line gets a target.
/// </summary>
internal sealed partial class PlanTextParser
{
    private const string ReviewTarget = "review";

    private readonly ImportVocabulary _vocabulary;
    private readonly NameMatcher _names;
    private readonly BodyCatalog _catalog;
    private readonly PlanImportOptions _options;
    private readonly string _fileName;
    private readonly List<SourceLine> _all = [];
    private readonly Dictionary<int, string> _targets = [];
    private readonly List<PlanImportReviewItem> _review = [];
    private readonly List<PlanImportElement> _elements = [];
    private readonly Dictionary<string, (string Name, int Line, BodyKind? Kind)> _namedBodies = new(StringComparer.Ordinal);
    private readonly List<string> _usedGroups = [];

    public PlanTextParser(ImportVocabulary vocabulary, BodyCatalog catalog, PlanImportOptions options, string fileName)
    {
        _vocabulary = vocabulary;
        _catalog = catalog;
        _names = new NameMatcher(vocabulary, catalog);
        _options = options;
        _fileName = fileName;
    }

    /// <summary>A non-blank line of the text.</summary>
    internal sealed record SourceLine(int Number, string Text);

    /// <summary>The plan file, where each line went, the review list and the template elements.</summary>
    public (PlanFileDto Plan, string CatalogDraft, IReadOnlyList<PlanImportLine> Lines, IReadOnlyList<PlanImportReviewItem> Review, IReadOnlyList<PlanImportElement> Elements) Parse(TextReader reader)
    {
        ReadLines(reader);
        if (_all.Count == 0) throw new PlanRulesInputException(new LocalizedText("Tệp không có văn bản để nhập: tệp trống hoặc chỉ có khoảng trắng.", "The file has no text to import: it is empty or blank."), _fileName);

        var kindAt = _all.FindIndex(l => _vocabulary.DocumentKinds.Any(k => string.Equals(k.Name, l.Text.ToUpperInvariant(), StringComparison.Ordinal)));
        var firstSection = _all.FindIndex(Math.Max(kindAt, 0), l => SectionLine().IsMatch(l.Text));
        if (kindAt < 0)
        {
            throw new PlanRulesInputException(
                new LocalizedText(
                    "Đây không phải là kế hoạch: không có dòng nào ghi tên loại văn bản, như 'KẾ HOẠCH', ở trên tên văn bản" +
                    (firstSection < 0 ? ", và không có mục đánh số nào ('I.', 'II.', …)." : "."),
                    "This is not a plan: no line gives the document kind, such as 'KẾ HOẠCH', above the title" +
                    (firstSection < 0 ? ", and there are no numbered sections ('I.', 'II.', …)." : ".")),
                _fileName);
        }

        if (firstSection < 0)
        {
            throw new PlanRulesInputException(new LocalizedText("Đây không phải là kế hoạch: sau 'KẾ HOẠCH' không có mục đánh số nào ('I.', 'II.', …).", "This is not a plan: after 'KẾ HOẠCH' there are no numbered sections ('I.', 'II.', …)."), _fileName);
        }

        var dto = new PlanFileDto { SchemaVersion = PlanFileReader.SchemaVersion };
        var header = Header(dto, kindAt);
        var (titleEnd, title) = Title(kindAt, firstSection);
        dto.Title = title;

        var closingAt = _all.FindIndex(firstSection, l => RecipientsLine().IsMatch(l.Text) || AuthorityLine().IsMatch(l.Text));
        var bodyEnd = closingAt < 0 ? _all.Count : closingAt;
        var tableRows = new List<SourceLine>();
        var clauses = new List<Node>();
        var preamble = Preamble(titleEnd, firstSection);
        if (preamble is not null) clauses.Add(preamble);
        clauses.AddRange(Body(firstSection, bodyEnd, tableRows));

        var appendixNote = closingAt < 0 ? [] : Closing(dto, closingAt, tableRows);
        Identity(dto, header, preamble);
        ReadDuties(clauses);
        var appendixPath = AttachAppendix(clauses);
        foreach (var node in clauses.SelectMany(c => c.SelfAndDescendants()).Where(n => !n.IsSpan && n.Kind != ClauseKind.Preamble))
        {
            if (_targets.GetValueOrDefault(node.Line) != ReviewTarget) _targets[node.Line] = node.Path;
        }

        dto.Clauses = clauses.Select(ToDto).ToList<ClauseDto?>();
        dto.LegalBases = LegalBases(preamble);
        dto.ReferencedDocuments = ReferencedDocuments(clauses, dto);
        dto.ObligationTemplates = Templates();
        dto.Appendix = Appendix(appendixPath, tableRows, appendixNote);
        dto.Note = new LocalizedTextDto
        {
            Vi = $"Bản nháp nhập tự động từ văn bản '{Path.GetFileName(_fileName)}' (planrules plan import): cần rà soát các dòng và nghĩa vụ được liệt kê trước khi dùng.",
            En = $"A draft imported from the text '{Path.GetFileName(_fileName)}' (planrules plan import): review the listed lines and obligations before use.",
        };

        var lines = _all.Select(l => new PlanImportLine(l.Number, l.Text, _targets.GetValueOrDefault(l.Number, ReviewTarget))).ToList();
        foreach (var l in lines.Where(l => l.Target == ReviewTarget && !_review.Any(r => r.LineNumber == l.LineNumber && r.Text == l.Text)))
        {
            _review.Add(new PlanImportReviewItem(l.LineNumber, l.Text, new LocalizedText("Dòng không được nhận ra là phần nào của một kế hoạch; thêm bằng tay nếu cần.", "The line was not recognised as any part of a plan; add it by hand if it matters.")));
        }

        var review = _review.OrderBy(r => r.LineNumber).ToList();
        return (dto, CatalogDraft(), lines, review, _elements);
    }

    private void ReadLines(TextReader reader)
    {
        var number = 0;
        var limit = (_options.Limits ?? JsonInputLimits.Default).MaxBytes;
        long read = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            read += raw.Length + 1;
            if (read > limit)
            {
                throw new PlanRulesInputException(new LocalizedText(string.Create(CultureInfo.InvariantCulture, $"Văn bản dài quá giới hạn {limit} ký tự."), string.Create(CultureInfo.InvariantCulture, $"The text is longer than the limit of {limit} characters.")), _fileName);
            }

            var text = Clean(raw);
            if (text.Length > 0) _all.Add(new SourceLine(number, text));
        }
    }

    /// <summary>NFC, emphasis markers ("*", "**") removed, runs of spaces (tabs, no-break spaces) made one space, trimmed.</summary>
    private static string Clean(string raw)
    {
        var text = raw.Normalize(System.Text.NormalizationForm.FormC).Replace("*", string.Empty, StringComparison.Ordinal).Replace('\u00A0', ' ').Replace('\t', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    private void Target(SourceLine line, string target) => _targets[line.Number] = target;

    private void Review(SourceLine line, LocalizedText reason)
    {
        _targets[line.Number] = ReviewTarget;
        _review.Add(new PlanImportReviewItem(line.Number, line.Text, reason));
    }

    private void ReviewPhrase(int lineNumber, string phrase, LocalizedText reason) => _review.Add(new PlanImportReviewItem(lineNumber, phrase, reason));

    /// <summary>The header lines above the kind line: issuer lines, "Số:", the motto, the place and date.</summary>
    private (List<string> IssuerLines, string? Place, string? IssuerCode) Header(PlanFileDto dto, int kindAt)
    {
        var issuer = new List<string>();
        string? place = null, issuerCode = null;
        var kind = _vocabulary.DocumentKinds.First(k => k.Name == _all[kindAt].Text.ToUpperInvariant());
        dto.KindName = _all[kindAt].Text;
        dto.KindCode = kind.Code;
        Target(_all[kindAt], "kindName");
        var seenNumber = false;
        for (var i = 0; i < kindAt; i++)
        {
            var line = _all[i];
            if (NumberLine().Match(line.Text) is { Success: true } n)
            {
                seenNumber = true;
                var written = n.Groups["n"].Value;
                var m = NumberParts().Match(written);
                if (!m.Success)
                {
                    Review(line, new LocalizedText("Dòng số hiệu không theo dạng 'Số: 152/KH-UBND' hoặc dạng dự thảo 'Số: /KH-UBND'.", "The number line is not of the form 'Số: 152/KH-UBND' or the draft's 'Số: /KH-UBND'."));
                    continue;
                }

                dto.KindCode = m.Groups["kind"].Value;
                issuerCode = m.Groups["issuer"].Value;
                if (m.Groups["digits"].Length > 0) dto.Number = written;
                Target(line, "number");
            }
            else if (DateLine().Match(line.Text) is { Success: true } d)
            {
                place = d.Groups["place"].Value.Trim();
                dto.Place = place;
                var year = int.Parse(d.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (d.Groups["d"].Success && d.Groups["m"].Success
                    && DateOnly.TryParseExact($"{year:D4}-{int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(d.Groups["d"].Value, CultureInfo.InvariantCulture):D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signed))
                {
                    dto.SignedOn = signed;
                }
                else
                {
                    dto.DraftYear = year;
                }

                Target(line, "place, date");
            }
            else if (MottoLine().IsMatch(line.Text))
            {
                Target(line, "motto (not stored)");
            }
            else if (!seenNumber && IsCapitals(line.Text))
            {
                issuer.Add(line.Text);
                Target(line, "issuerName");
            }
            else
            {
                Review(line, new LocalizedText("Dòng đầu văn bản không phải cơ quan ban hành, số hiệu, quốc hiệu - tiêu ngữ hay địa danh và ngày tháng.", "A header line that is neither the issuer, the number, the national motto nor the place and date."));
            }
        }

        return (issuer, place, issuerCode);
    }

    private (int End, string Title) Title(int kindAt, int firstSection)
    {
        var next = kindAt + 1;
        if (next < firstSection && !PreambleStart().IsMatch(_all[next].Text))
        {
            Target(_all[next], "title");
            return (next + 1, _all[next].Text);
        }

        _review.Add(new PlanImportReviewItem(_all[kindAt].Number, _all[kindAt].Text, new LocalizedText("Không có dòng trích yếu sau dòng tên loại văn bản; trường trích yếu là giá trị tạm, cần điền.", "No title line follows the kind line; the title field is a placeholder to fill in.")));
        return (next, "(chưa có trích yếu)");
    }

    private Node? Preamble(int from, int to)
    {
        if (from >= to) return null;
        var cc = new Node(ClauseKind.Preamble, null, _all[from].Number) { Segment = "CC" };
        for (var i = from; i < to; i++)
        {
            cc.Add(new Node(ClauseKind.Paragraph, null, _all[i].Number) { Words = _all[i].Text });
        }

        return cc;
    }

    private List<Node> Body(int from, int to, List<SourceLine> tableRows)
    {
        var sections = new List<Node>();
        var stack = new List<Node>();
        for (var i = from; i < to; i++)
        {
            var line = _all[i];
            if (TableRow().IsMatch(line.Text))
            {
                tableRows.Add(line);
                continue;
            }

            if (SectionLine().Match(line.Text) is { Success: true } s && Roman(s.Groups["n"].Value) is > 0)
            {
                var section = new Node(ClauseKind.Section, s.Groups["n"].Value, line.Number) { Words = s.Groups["t"].Value, Segment = s.Groups["n"].Value };
                sections.Add(section);
                stack = [section];
                continue;
            }

            if (ItemLine().Match(line.Text) is { Success: true } it)
            {
                var number = it.Groups["n"].Value;
                var parts = number.Split('.');
                while (stack.Count > 1 && !(stack[^1].IsNumbered && number.StartsWith(stack[^1].Number + ".", StringComparison.Ordinal)))
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var parent = stack[^1];
                var label = number;
                if (parts.Length > 1 && !parent.IsNumbered)
                {
                    label = parts[^1];
                    ReviewPhrase(line.Number, line.Text, new LocalizedText($"Mục '{number}' không có mục '{string.Join('.', parts[..^1])}' phía trên; đọc là mục '{label}' của '{parent.Label}'.", $"Item '{number}' has no item '{string.Join('.', parts[..^1])}' above it; it is read as item '{label}' of '{parent.Label}'."));
                }

                var segment = int.Parse(parts[^1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                if (AddItem(parent, new Node(ClauseKind.Item, label, line.Number) { Words = it.Groups["t"].Value, Segment = segment, IsNumbered = true }, line) is { } item)
                {
                    stack.Add(item);
                }

                continue;
            }

            if (LetterLine().Match(line.Text) is { Success: true } lt)
            {
                while (stack.Count > 1 && !stack[^1].IsNumbered) stack.RemoveAt(stack.Count - 1);
                var letter = lt.Groups["l"].Value;
                if (AddItem(stack[^1], new Node(ClauseKind.Item, letter, line.Number) { Words = lt.Groups["t"].Value, Segment = letter == "đ" ? "dd" : letter }, line) is { } item)
                {
                    stack.Add(item);
                }

                continue;
            }

            // A paragraph after an item that is a whole sentence ("… theo quy định.") is not its part but its parent's.
            while (stack.Count > 1 && stack[^1].Children.Count == 0 && (stack[^1].Words.EndsWith('.') || stack[^1].Words.EndsWith(";", StringComparison.Ordinal)))
            {
                stack.RemoveAt(stack.Count - 1);
            }

            stack[^1].Add(new Node(ClauseKind.Paragraph, null, line.Number) { Words = line.Text });
        }

        return sections;
    }

    /// <summary>Adds an item, or a paragraph with the whole line when its number is already used among its siblings.</summary>
    private Node? AddItem(Node parent, Node item, SourceLine line)
    {
        if (parent.Children.Any(c => c.Kind == ClauseKind.Item && c.Segment == item.Segment))
        {
            parent.Add(new Node(ClauseKind.Paragraph, null, line.Number) { Words = line.Text });
            ReviewPhrase(line.Number, line.Text, new LocalizedText($"Số '{item.Label}' dùng hai lần trong '{parent.Label}'; dòng được giữ là một đoạn.", $"The number '{item.Label}' is used twice under '{parent.Label}'; the line is kept as a paragraph."));
            return null;
        }

        parent.Add(item);
        return item;
    }

    private void Identity(PlanFileDto dto, (List<string> IssuerLines, string? Place, string? IssuerCode) header, Node? preamble)
    {
        var first = new SourceLine(0, string.Empty);
        dto.Place ??= Placeholder(first.Number, "place", new LocalizedText("Không thấy dòng địa danh, ngày tháng như 'Lai Châu, ngày … tháng … năm 2024'.", "No date line such as 'Lai Châu, ngày … tháng … năm 2024' was found."));
        var issuerBody = _vocabulary.Bodies.FirstOrDefault(b => b.Kind == BodyKind.ProvincialPeoplesCommittee);
        if (header.IssuerLines.Count > 0)
        {
            dto.IssuerName = ImportText.NameFromCapitals(string.Join(' ', header.IssuerLines));
        }
        else
        {
            var enacting = preamble?.Children.LastOrDefault()?.Words ?? string.Empty;
            var byCommittee = header.IssuerCode == "UBND" || enacting.StartsWith("Ủy ban nhân dân tỉnh", StringComparison.OrdinalIgnoreCase)
                || enacting.StartsWith("UBND tỉnh", StringComparison.Ordinal);
            dto.IssuerName = byCommittee && header.Place is not null
                ? "Ủy ban nhân dân tỉnh " + header.Place
                : Placeholder(first.Number, "issuerName", new LocalizedText("Văn bản không nêu cơ quan ban hành phía trên dòng số hiệu.", "The text does not name its issuer above the number line."));
            if (byCommittee && header.Place is not null)
            {
                ReviewPhrase(0, dto.IssuerName, new LocalizedText("Cơ quan ban hành không ghi phía trên dòng số hiệu; được suy ra từ địa danh và câu ban hành ('Ủy ban nhân dân tỉnh ban hành …'). Kiểm tra lại.", "The issuer is not written above the number line; it is inferred from the place and the enacting sentence ('Ủy ban nhân dân tỉnh ban hành …'). Check it."));
            }
        }

        dto.IssuerBodyId = issuerBody?.BodyId ?? "ubnd-tinh";
        dto.Authority ??= Placeholder(first.Number, "authority", new LocalizedText("Không thấy phần thẩm quyền ký ('TM. ỦY BAN NHÂN DÂN').", "No signature block ('TM. ỦY BAN NHÂN DÂN') was found."));
        dto.Position ??= Placeholder(first.Number, "position", new LocalizedText("Không thấy chức vụ người ký ('CHỦ TỊCH').", "No signer's position ('CHỦ TỊCH') was found."));
        dto.Signer ??= Placeholder(first.Number, "signer", new LocalizedText("Không thấy họ tên người ký.", "No signer's name was found."));
        dto.Archive ??= new ArchiveDto { Text = "Lưu: VT", Holders = ["VT"] };
        if (dto.Archive.Text == "Lưu: VT" && !_targets.ContainsValue("LUU"))
        {
            ReviewPhrase(0, "Lưu: VT", new LocalizedText("Không thấy dòng \"Lưu\" ('Lưu: VT, …'); trường lưu trữ là giá trị tạm.", "No archive line ('Lưu: VT, …') was found; the archive field is a placeholder."));
        }

        dto.Recipients ??= [];
        var year = dto.SignedOn?.Year ?? dto.DraftYear;
        var titleNumber = DocumentNumberToken().Matches(dto.Title ?? string.Empty).Select(m => m.Value)
            .FirstOrDefault(v => Documents.DocumentNumber.TryParse(v, out _));
        dto.Id = _options.PlanId ?? string.Join('-', new[]
        {
            header.Place is null ? "plan" : ImportText.Slug(header.Place),
            ImportText.Slug(dto.KindCode ?? "kh"),
            titleNumber is null ? null : ImportText.Slug(titleNumber),
            year?.ToString(CultureInfo.InvariantCulture),
        }.Where(p => p is not null));
    }

    private string Placeholder(int lineNumber, string field, LocalizedText reason)
    {
        ReviewPhrase(lineNumber, field, new LocalizedText(reason.Vi + $" Trường '{field}' là giá trị tạm, cần điền.", reason.En + $" The field '{field}' is a placeholder to fill in."));
        return "(chưa rõ)";
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>The value of a Roman numeral I–XXXIX written canonically, or 0.</summary>
    private static int Roman(string text)
    {
        for (var n = 1; n <= 39; n++)
        {
            if (ToRoman(n) == text) return n;
        }

        return 0;

        static string ToRoman(int n) => new string('X', n / 10) + (n % 10) switch
        {
            0 => string.Empty, 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", _ => "IX",
        };
    }

    private ClauseDto ToDto(Node node)
    {
        var children = node.Children.Select(ToDto).ToList<ClauseDto?>();
        var hasParts = node.Children.Any(c => !c.IsSpan);
        return new ClauseDto
        {
            Path = node.Path,
            Kind = node.Kind,
            Number = node.Kind is ClauseKind.Section or ClauseKind.Item ? node.Label : null,
            Heading = node.Kind == ClauseKind.Section || (node.Kind == ClauseKind.Item && hasParts) ? node.Words : null,
            Text = node.Kind is ClauseKind.Preamble or ClauseKind.Section || (node.Kind == ClauseKind.Item && hasParts) ? null : node.Words,
            Children = children.Count == 0 ? null : children,
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<n>[IVX]+)\.\s*(?<t>\S.*)$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2}(?:\.[0-9]{1,2})*)(?:\.(?![0-9])\s*|\s+(?=\p{Lu}))(?<t>\S.*)$")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^(?<l>[a-zđ])\)\s*(?<t>\S.*)$")]
    private static partial Regex LetterLine();

    [GeneratedRegex(@"^\|.*\|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^Số\s*:\s*(?<n>\S*)\s*$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<digits>[0-9]*)/(?<kind>[A-Za-zĐđ]+)-(?<issuer>[A-Za-z0-9Đđ-]+)$")]
    private static partial Regex NumberParts();

    [GeneratedRegex(@"^(?<place>[^,0-9]+),\s*ngày\s*(?<d>[0-9]{1,2})?\s*tháng\s*(?<m>[0-9]{1,2})?\s*năm\s*(?<y>[0-9]{4})\s*$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|[-_]{3,})$")]
    private static partial Regex MottoLine();

    [GeneratedRegex(@"^Căn cứ\b")]
    private static partial Regex PreambleStart();

    [GeneratedRegex(@"^Nơi nhận\s*:?\s*$")]
    private static partial Regex RecipientsLine();

    [GeneratedRegex(@"^(TM|KT|Q|TL|TUQ|T/M)\.\s*\p{Lu}")]
    private static partial Regex AuthorityLine();

    [GeneratedRegex(@"(?<![\p{L}0-9/-])[0-9]{1,4}(?:/[0-9]{4})?[-/][\p{L}0-9]+(?:[-/][\p{L}0-9]+)*")]
    private static partial Regex DocumentNumberToken();

    /// <summary>A clause being built: its kind, label, words and parts; the path is computed from its place.</summary>
    internal sealed class Node(ClauseKind kind, string? label, int line)
    {
        public ClauseKind Kind { get; } = kind;

        public string? Label { get; } = label;

        public int Line { get; } = line;

        public string Segment { get; set; } = string.Empty;

        public bool IsNumbered { get; init; }

        public string Words { get; set; } = string.Empty;

        public Node? Parent { get; private set; }

        public List<Node> Children { get; } = [];

        public bool IsSpan => Kind is ClauseKind.Duty or ClauseKind.Appendix;

        public string Number => Label ?? string.Empty;

        public string Path => Parent is null ? Segment : Parent.Path + "." + Segment;

        public void Add(Node child)
        {
            child.Parent = this;
            if (child.Kind == ClauseKind.Paragraph)
            {
                child.Segment = "p" + (Children.Count(c => c.Kind == ClauseKind.Paragraph) + 1).ToString(CultureInfo.InvariantCulture);
            }
            else if (child.Kind == ClauseKind.Duty)
            {
                child.Segment = "d" + (Children.Count(c => c.Kind == ClauseKind.Duty) + 1).ToString(CultureInfo.InvariantCulture);
            }

            Children.Add(child);
        }

        public IEnumerable<Node> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
    }
}
