using System.Globalization;
using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>
/// The duties of the implementation section ("TỔ CHỨC THỰC HIỆN"): each is a span of its clause's words that starts at a
/// duty verb of the vocabulary; the template kinds among them become obligation templates (who, what, route, frequency,
/// deadline), each element marked stated or inferred.
/// </summary>
internal sealed partial class PlanTextParser
{
    private readonly List<TemplateDraft> _templates = [];
    private readonly List<DutyRead> _duties = [];
    private Regex? _deadline;

    private Regex DeadlinePattern => _deadline ??= new Regex(
        "(?:" + string.Join('|', _vocabulary.DeadlinePrefixes.OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")\s*"
        + @"(?<dates>[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?(?:\s*(?:,|và)\s*(?:ngày\s*)?[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?)*)"
        + @"(?<yearly>\s+(?:hằng|hàng)\s+năm)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private void ReadDuties(List<Node> clauses)
    {
        foreach (var section in clauses.Where(c => c.Kind == ClauseKind.Section && IsImplementation(c.Words)))
        {
            var texts = section.SelfAndDescendants()
                .Where(n => n.Kind == ClauseKind.Paragraph || (n.Kind == ClauseKind.Item && !n.Children.Any(c => !c.IsSpan)))
                .ToList();
            foreach (var node in texts) ReadDuties(node);
        }

        InferSyntheses();
        var order = clauses.SelectMany(c => c.SelfAndDescendants()).Select((n, i) => (n.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);
        var sorted = _templates.Select((t, i) => (t, i)).OrderBy(x => order.GetValueOrDefault(x.t.ClausePath)).ThenBy(x => x.i).Select(x => x.t).ToList();
        _templates.Clear();
        _templates.AddRange(sorted);
    }

    private bool IsImplementation(string heading) =>
        _vocabulary.ImplementationSections.Any(h => heading.ToUpperInvariant().Contains(h.ToUpperInvariant(), StringComparison.Ordinal));

    private void ReadDuties(Node node)
    {
        var text = node.Words;
        var starts = Starts(text);
        (List<string> Groups, List<string> Bodies, string Source)? who = null;
        var previousEnd = 0;
        for (var k = 0; k < starts.Count; k++)
        {
            var (start, verbAt, verb) = starts[k];
            var end = Math.Min(k + 1 < starts.Count ? starts[k + 1].Start : text.Length, SentenceEnd(text, verbAt));
            var span = ImportText.TrimSeparators(text[start..end]);
            if (span.Length == 0) continue;
            var duty = new Node(ClauseKind.Duty, null, node.Line) { Words = span };
            node.Add(duty);

            var subject = Subject(text, previousEnd, start, node.Line);
            if (subject.Groups.Count + subject.Bodies.Count > 0) who = subject;
            who ??= Inherited(node);
            var subjectFrom = previousEnd;
            previousEnd = start + span.Length;

            var entry = _vocabulary.Duties.First(d => (d.Starts ?? []).Any(s => string.Equals(s, verb, StringComparison.OrdinalIgnoreCase))
                && (d.Requires is null || d.Requires.Any(r => ImportText.Find(span, r).Any())));
            var read = new DutyRead(duty.Path, entry.Kind, who?.Groups ?? [], who?.Bodies ?? [], span, node.Line);
            _duties.Add(read);
            if (!Enum.TryParse<ObligationKind>(entry.Kind, ignoreCase: true, out var kind)) continue;
            if (who is null)
            {
                ReviewPhrase(node.Line, span, new LocalizedText($"Nhiệm vụ loại {entry.Kind} không nêu cơ quan hay nhóm nào; không tạo mẫu nghĩa vụ. Thêm bằng tay (docs/plan-file.md).", $"A {entry.Kind} duty names no body or group; no obligation template is made. Add one by hand (docs/plan-file.md)."));
                continue;
            }

            Template(read, kind, entry, who.Value, text, start, subjectFrom);
        }
    }

    /// <summary>Where each duty starts: at a duty verb that begins a sentence's first duty or follows a separator, moved back over a frequency or timing phrase before it.</summary>
    private List<(int Start, int VerbAt, string Verb)> Starts(string text)
    {
        var candidates = _vocabulary.Duties.SelectMany(d => d.Starts ?? []).Distinct(StringComparer.OrdinalIgnoreCase)
            .SelectMany(s => ImportText.Find(text, s).Select(at => (At: at, Verb: s)))
            .Where(c => !InsideParentheses(text, c.At))
            .OrderBy(c => c.At).ThenByDescending(c => c.Verb.Length).ToList();
        var accepted = new List<(int Start, int VerbAt, string Verb)>();
        var covered = -1;
        foreach (var (at, verb) in candidates)
        {
            if (at < covered) continue;
            covered = at + verb.Length;
            var sentence = SentenceStart(text, at);
            var firstInSentence = accepted.Count == 0 || accepted[^1].VerbAt < sentence;
            var boundary = Math.Max(sentence, accepted.Count == 0 ? 0 : accepted[^1].VerbAt + accepted[^1].Verb.Length);
            var semicolon = text.LastIndexOf(';', Math.Max(at - 1, 0));
            if (semicolon >= boundary) boundary = semicolon + 1;
            var start = at;
            foreach (var phrase in TimingPhrases())
            {
                foreach (var p in ImportText.Find(text, phrase, boundary, at))
                {
                    if (p < start) start = p;
                }
            }

            var before = text[..start].TrimEnd();
            if (_vocabulary.NotDutyAfter.Any(w => before.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase) || string.Equals(before, w, StringComparison.OrdinalIgnoreCase))) continue;
            var afterSeparator = before.Length == 0 || before[^1] is ',' or ';' or ':' or '.';
            if (!firstInSentence && !afterSeparator) continue;
            accepted.Add((start, at, verb));
        }

        return accepted;
    }

    private IEnumerable<string> TimingPhrases() =>
        _vocabulary.Frequencies.SelectMany(f => f.Phrases ?? []).Concat(_vocabulary.TimingWords).Concat(_vocabulary.DeadlinePrefixes);

    private static bool InsideParentheses(string text, int at)
    {
        var open = text.LastIndexOf('(', at);
        return open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close > at);
    }

    private static int SentenceStart(string text, int at)
    {
        for (var i = Math.Min(at, text.Length - 1); i > 1; i--)
        {
            if (text[i] != ' ' && text[i - 1] == ' ' && text[i - 2] == '.' && char.IsUpper(text[i])) return i;
        }

        return 0;
    }

    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == '/' || (text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]))))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static string Sentence(string text, int at)
    {
        var start = SentenceStart(text, Math.Min(at, text.Length));
        return ImportText.TrimSeparators(text[start..SentenceEnd(text, Math.Min(at, text.Length))]);
    }

    /// <summary>The groups and bodies named between two positions, with unknown body-like names drafted and listed.</summary>
    private (List<string> Groups, List<string> Bodies, string Source) Subject(string text, int from, int to, int lineNumber)
    {
        var groups = new List<string>();
        var bodies = new List<string>();
        if (to <= from) return (groups, bodies, string.Empty);
        var matches = _names.FindAll(text, from, to);
        foreach (var m in matches)
        {
            var id = Use(m, lineNumber);
            var list = m.IsGroup ? groups : bodies;
            if (!list.Contains(id)) list.Add(id);
        }

        var rest = text[from..to].ToCharArray();
        foreach (var m in matches)
        {
            for (var i = m.Start; i < m.Start + m.Length; i++) rest[i - from] = ';';
        }

        foreach (var piece in new string(rest).Split([',', ';', '.', ':', '(', ')'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = _vocabulary.BodyPrefixes.Select(p => (p, At: ImportText.Find(piece, p.Prefix).Where(a => char.IsUpper(piece[a])).DefaultIfEmpty(-1).First()))
                .Where(x => x.At >= 0).OrderBy(x => x.At).FirstOrDefault();
            if (prefix.p is null) continue;
            var name = BodyName(piece[prefix.At..].Trim(), prefix.p.Prefix);
            if (name.Split(' ').Length < 2) continue;
            var id = ImportText.Slug(name);
            Remember(id, name, lineNumber, prefix.p.Kind);
            if (!bodies.Contains(id)) bodies.Add(id);
            ReviewPhrase(lineNumber, name, new LocalizedText($"'{name}' không khớp cơ quan nào của danh mục hoặc bộ từ vựng; ghi với mã '{id}' và đưa vào bản nháp danh mục. Kiểm tra tên, hoặc thêm vào danh mục (docs/catalog-file.md).", $"'{name}' matches no body of the catalog or the vocabulary; it is written as '{id}' and drafted in the catalog draft. Check the name, or add it to the catalog (docs/catalog-file.md)."));
        }

        return (groups, bodies, groups.Count + bodies.Count == 0 ? string.Empty : Sentence(text, from));
    }

    /// <summary>
    /// The name at the start of <paramref name="text"/>: the prefix ("Sở"), then capitalised words, each with at most one
    /// lowercase syllable after it ("Văn hóa", "Nội vụ"), joined by "và" or "-": "Sở Văn hóa và Thể thao căn cứ …" gives
    /// "Sở Văn hóa và Thể thao".
    /// </summary>
    private static string BodyName(string text, string prefix)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = prefix.Split(' ').Length;
        var lower = 0;
        while (taken < words.Length)
        {
            var w = words[taken];
            if (w == "tỉnh")
            {
                taken++;
                break; // "Ban Chỉ đạo tỉnh": the province ends a name
            }

            if (char.IsUpper(w[0])) lower = 1;
            else if (w is "và" or "-" or "&" && taken + 1 < words.Length && char.IsUpper(words[taken + 1][0])) lower = 0;
            else if (lower-- <= 0) break;
            taken++;
        }

        return string.Join(' ', words[..taken]);
    }

    /// <summary>The groups and bodies an enclosing item's heading names ("a) Sở Nội vụ:").</summary>
    private (List<string> Groups, List<string> Bodies, string Source)? Inherited(Node node)
    {
        for (var p = node.Parent; p is not null && p.Kind != ClauseKind.Section; p = p.Parent)
        {
            var s = Subject(p.Words, 0, p.Words.Length, p.Line);
            if (s.Groups.Count + s.Bodies.Count > 0) return s with { Source = p.Words };
        }

        return null;
    }

    private void Template(DutyRead duty, ObligationKind kind, DutyDto entry, (List<string> Groups, List<string> Bodies, string Source) who, string text, int start, int subjectFrom)
    {
        var region = text[subjectFrom..Math.Min(text.Length, start + duty.Text.Length)];
        var deadlineMatch = DeadlinePattern.Match(duty.Text) is { Success: true } inSpan ? inSpan : DeadlinePattern.Match(region);
        var withoutDeadline = deadlineMatch.Success ? region.Replace(deadlineMatch.Value, new string(' ', deadlineMatch.Length), StringComparison.Ordinal) : region;
        var found = _vocabulary.Frequencies
            .Where(f => (f.Phrases ?? []).Any(p => ImportText.Find(withoutDeadline, p).Any()))
            .Select(f => f.Frequency).Distinct().ToList();
        List<(ObligationFrequency Frequency, bool Stated)> frequencies = kind == ObligationKind.AnnualReport && found.Count > 1
            ? found.Select(f => (f, true)).ToList()
            : found.Count > 0 ? [(found[0], true)] : [(entry.Frequency ?? ObligationFrequency.Annual, false)];
        var route = Route(duty.Text, duty.Line);
        foreach (var (frequency, stated) in frequencies)
        {
            var t = new TemplateDraft
            {
                Id = NewId(BaseId(kind, frequency)),
                ClausePath = duty.Path,
                Kind = kind,
                Frequency = frequency,
                Groups = who.Groups,
                Bodies = who.Bodies,
                Route = route,
                Basis = duty.Text,
                Line = duty.Line,
                // A recurring duty whose frequency the text states nowhere (neither a frequency phrase nor a recurring
                // deadline such as "trước ngày 15/12 hằng năm") is partly inferred, as the curated plan marks its yearly
                // inspection; a one-off duty or a milestone needs no frequency.
                IsInferred = !stated && !deadlineMatch.Success && frequency is not (ObligationFrequency.Once or ObligationFrequency.Milestones),
            };
            _templates.Add(t);
            Element(t, "who", string.Join(", ", who.Groups.Concat(who.Bodies)), true, who.Source.Length > 0 ? who.Source : Sentence(text, start));
            Element(t, "what", Camel(kind), true, duty.Text);
            if (route is not null) Element(t, "route", RouteText(route), true, duty.Text);
            Element(t, "frequency", Camel(frequency), stated, stated
                ? Sentence(text, start)
                : $"No frequency is stated for this duty; '{Camel(frequency)}' is the vocabulary's default for a {Camel(kind)} duty.");
            StatedDeadline(t, deadlineMatch, Sentence(text, start + Math.Max(0, duty.Text.IndexOf(deadlineMatch.Value, StringComparison.Ordinal))));
        }
    }

    private void StatedDeadline(TemplateDraft t, Match match, string sentence)
    {
        if (!match.Success)
        {
            Element(t, "deadline", "none", false, "The text states no date for this duty; no deadline is written.");
            return;
        }

        var written = match.Value.Trim();
        var perYear = SubPeriod.Of(t.Frequency).Count;
        if (perYear > 0)
        {
            PartDeadlines(t, match, perYear, sentence);
            return;
        }

        if (match.Groups["dates"].Value.Contains('/') && (match.Groups["dates"].Value.Contains(',') || match.Groups["dates"].Value.Contains(" và ", StringComparison.OrdinalIgnoreCase)))
        {
            Element(t, "deadline", written, true, sentence);
            t.UnwrittenDeadline = written;
            ReviewPhrase(t.Line, written, new LocalizedText($"Mẫu '{t.Id}': văn bản nêu nhiều ngày ('{written}'); mẫu {FrequencyVi(t.Frequency)} chỉ giữ một ngày, nên chưa ghi hạn nào. Kiểm tra các kỳ (docs/plan-import.md).", $"Template '{t.Id}': the text states several dates ('{written}'); a {Camel(t.Frequency)} template holds one, so none is written. Check the periods (docs/plan-import.md)."));
            return;
        }

        if (TaskTiming.TryParse(written, out _))
        {
            t.StatedDeadline = written;
            Element(t, "deadline", written, true, sentence);
        }
        else if (t.Frequency == ObligationFrequency.Annual && TaskTiming.TryParse(written + " hằng năm", out _))
        {
            t.StatedDeadline = written + " hằng năm";
            Element(t, "deadline", t.StatedDeadline, false, $"The text states '{written}' without a year for a yearly duty; it is read as every year ('{t.StatedDeadline}').");
        }
        else
        {
            Element(t, "deadline", written, true, sentence);
            t.UnwrittenDeadline = written;
            ReviewPhrase(t.Line, written, new LocalizedText($"Mẫu '{t.Id}': ngày '{written}' không thuộc các dạng của docs/appendix-timing.md; không ghi hạn.", $"Template '{t.Id}': the date '{written}' is not one of the forms of docs/appendix-timing.md; none is written."));
        }
    }

    /// <summary>
    /// The deadlines of a half-yearly or quarterly duty: "trước ngày 15/6 và 15/12 hằng năm" gives one yearly date per
    /// part of the year, in the order written ("trước ngày 15/6 hằng năm" for the first half, "trước ngày 15/12 hằng năm"
    /// for the second). The dates must be as many as the parts, without a year, each later in the year than the one before;
    /// otherwise none is written and the line is listed.
    /// </summary>
    private void PartDeadlines(TemplateDraft t, Match match, int perYear, string sentence)
    {
        var written = match.Value.Trim();
        var datesGroup = match.Groups["dates"];
        var prefix = match.Value[..(datesGroup.Index - match.Index)].Trim();
        var dates = DateSeparator().Split(datesGroup.Value.Trim());
        var timings = new List<TaskTiming>();
        foreach (var date in dates)
        {
            if (date.Count(c => c == '/') != 1 || !TaskTiming.TryParse($"{prefix} {date} hằng năm", out var timing)) break;
            if (timings.Count > 0 && (timing.Month!.Value, timing.Day!.Value).CompareTo((timings[^1].Month!.Value, timings[^1].Day!.Value)) <= 0) break;
            timings.Add(timing);
        }

        if (timings.Count == perYear && dates.Length == perYear)
        {
            t.StatedDeadlines = timings.Select(x => x.Text).ToList();
            Element(t, "deadline", string.Join("; ", t.StatedDeadlines), true, sentence);
            return;
        }

        Element(t, "deadline", written, true, sentence);
        t.UnwrittenDeadline = written;
        ReviewPhrase(t.Line, written, new LocalizedText(
            $"Mẫu '{t.Id}': văn bản nêu \"{written}\"; nghĩa vụ {FrequencyVi(t.Frequency)} cần {perYear} ngày hằng năm, mỗi kỳ một ngày, theo thứ tự trong năm, nên chưa ghi hạn nào. Kiểm tra các kỳ (docs/plan-import.md).",
            $"Template '{t.Id}': the text states '{written}'; a {Camel(t.Frequency)} duty needs {perYear} yearly dates, one per part of the year in order, so none is written. Check the periods (docs/plan-import.md)."));
    }

    [GeneratedRegex(@"\s*(?:,|\bvà\b)\s*(?:ngày\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateSeparator();

    private static string FrequencyVi(ObligationFrequency f) => f switch
    {
        ObligationFrequency.HalfYearly => "6 tháng",
        ObligationFrequency.Quarterly => "hằng quý",
        ObligationFrequency.Annual => "hằng năm",
        ObligationFrequency.Milestones => "theo mốc",
        _ => "một lần",
    };

    /// <summary>The addressee (after a route marker such as "về", "gửi") and the body it goes through ("(qua Sở Nội vụ)").</summary>
    private RouteDto? Route(string span, int lineNumber)
    {
        NameMatch? addressee = null;
        foreach (var marker in _vocabulary.RouteMarkers)
        {
            foreach (var at in ImportText.Find(span, marker))
            {
                var after = at + marker.Length;
                while (after < span.Length && span[after] == ' ') after++;
                if (_names.MatchAt(span, after) is { IsGroup: false } m)
                {
                    if (addressee is null || m.Start < addressee.Start) addressee = m;
                }
                else if (_names.MatchAt(span, after) is null && UnknownBodyAt(span, after) is { } unknown)
                {
                    ReviewPhrase(lineNumber, unknown, new LocalizedText($"'{unknown}' sau '{marker}' giống nơi nhận báo cáo nhưng không khớp cơ quan nào của danh mục hoặc bộ từ vựng; không đọc đường gửi từ đó.", $"'{unknown}' after '{marker}' looks like an addressee but matches no body of the catalog or the vocabulary; no route is read from it."));
                }
            }
        }

        if (addressee is null) return null;
        Use(addressee, lineNumber);
        string? via = null;
        foreach (var marker in _vocabulary.ViaMarkers)
        {
            foreach (var at in ImportText.Find(span, marker, addressee.Start + addressee.Length))
            {
                var after = at + marker.Length;
                while (after < span.Length && span[after] == ' ') after++;
                if (via is null && _names.MatchAt(span, after) is { IsGroup: false } m && m.Id != addressee.Id) via = Use(m, lineNumber);
            }
        }

        return new RouteDto { AddresseeBodyId = addressee.Id, ViaBodyId = via };
    }

    /// <summary>A body-like name ("Ban Chỉ đạo tỉnh") starting at <paramref name="at"/> that no catalog entry matches, or null.</summary>
    private string? UnknownBodyAt(string text, int at)
    {
        var prefix = _vocabulary.BodyPrefixes.FirstOrDefault(p => ImportText.StartsAt(text, at, p.Prefix) && char.IsUpper(text[at]));
        if (prefix is null) return null;
        var name = BodyName(text[at..].Split([',', ';', '(', ')', '.'])[0].Trim(), prefix.Prefix);
        return name.Split(' ').Length < 2 ? null : name;
    }

    /// <summary>
    /// The synthesis a plan implies without saying it: reports sent to the issuer through a body (or straight to a body that
    /// has duties of its own) are gathered by that body for the issuer.
    /// </summary>
    private void InferSyntheses()
    {
        var issuer = _vocabulary.Bodies.FirstOrDefault(b => b.Kind == LaiChau.PlanRules.Bodies.BodyKind.ProvincialPeoplesCommittee)?.BodyId ?? "ubnd-tinh";
        foreach (var report in _templates.Where(t => t.Kind == ObligationKind.AnnualReport && t.Route is not null).ToList())
        {
            var route = report.Route!;
            string gatherer, addressee, why, whyVi;
            if (route.ViaBodyId is { } via)
            {
                (gatherer, addressee) = (via, route.AddresseeBodyId!);
                why = $"the bodies report \"{report.Basis}\" ({report.ClausePath}) to {addressee} through {via}";
                whyVi = $"các cơ quan báo cáo \"{report.Basis}\" ({report.ClausePath}) về {addressee} qua {via}";
            }
            else if (route.AddresseeBodyId != issuer && _duties.Any(d => d.Bodies.Contains(route.AddresseeBodyId!)))
            {
                (gatherer, addressee) = (route.AddresseeBodyId!, issuer);
                why = $"the bodies report \"{report.Basis}\" ({report.ClausePath}) straight to {gatherer}, which the plan gives duties of its own, and the plan is the issuer's ({issuer})";
                whyVi = $"các cơ quan báo cáo \"{report.Basis}\" ({report.ClausePath}) thẳng về {gatherer}, cơ quan có nhiệm vụ riêng trong Kế hoạch, và Kế hoạch do {issuer} ban hành";
            }
            else
            {
                continue;
            }

            if (_templates.Any(t => t.Kind == ObligationKind.Synthesis && t.Bodies.Contains(gatherer) && t.Frequency == report.Frequency)) continue;
            var own = _duties.Where(d => d.Bodies.Contains(gatherer)).ToList();
            var monitor = own.FirstOrDefault(d => d.Kind == "monitor") ?? own.FirstOrDefault();
            var reasoning = $"Inferred, not stated in words: {why}" + (monitor is null ? string.Empty : $", and {gatherer} \"{monitor.Text}\" ({monitor.Path})")
                + $"; so every period {gatherer} gathers those reports into one for {addressee}.";
            var t = new TemplateDraft
            {
                Id = NewId(BaseId(ObligationKind.Synthesis, report.Frequency)),
                ClausePath = monitor?.Path ?? report.ClausePath,
                Kind = ObligationKind.Synthesis,
                Frequency = report.Frequency,
                Groups = [],
                Bodies = [gatherer],
                Route = new RouteDto { AddresseeBodyId = addressee },
                IsInferred = true,
                Basis = reasoning,
                Line = monitor?.Line ?? report.Line,
            };
            _templates.Add(t);
            foreach (var (element, value) in new[] { ("who", gatherer), ("what", "synthesis"), ("route", addressee), ("frequency", Camel(report.Frequency)) })
            {
                Element(t, element, value, false, reasoning);
            }

            Element(t, "deadline", "none", false, "An inferred duty has no stated date; no deadline is written.");
            var reasoningVi = $"Suy luận, văn bản không nêu thành lời: {whyVi}" + (monitor is null ? string.Empty : $", và {gatherer} \"{monitor.Text}\" ({monitor.Path})")
                + $"; nên mỗi kỳ {gatherer} tổng hợp các báo cáo đó thành một báo cáo gửi {addressee}.";
            ReviewPhrase(t.Line, t.Id, new LocalizedText(
                $"Mẫu '{t.Id}' là suy luận: {reasoningVi} Giữ lại, hoặc xóa nếu thực tế của tỉnh khác.",
                $"Template '{t.Id}' is inferred: {reasoning} Keep it, or remove it if the province's practice differs."));
        }
    }

    private List<ObligationTemplateDto?> Templates()
    {
        var policies = new Dictionary<ObligationKind, string>
        {
            [ObligationKind.AnnualReport] = "annual-report",
            [ObligationKind.ImplementationPlan] = "implementation-plan",
            [ObligationKind.Synthesis] = "synthesis",
            [ObligationKind.Review] = "review",
        };
        var result = new List<ObligationTemplateDto?>();
        foreach (var t in _templates)
        {
            string? policy = null;
            // A half-yearly or quarterly report takes the annual-report policy too: a "working days after" rule is counted
            // from each half's or quarter's cut-off (docs/policies.md, "Half-years and quarters").
            if (_options.UseDeadlinePolicies && t.StatedDeadline is null && t.StatedDeadlines is null && policies.TryGetValue(t.Kind, out var p))
            {
                policy = p;
                _elements.RemoveAll(e => e.TemplateId == t.Id && e.Element == "deadline");
                Element(t, "deadline", policy, false, $"No date is stated; the host's deadline policy '{policy}' gives an assumed deadline (hạn giả định).");
            }

            var who = string.Join(", ", t.Groups.Concat(t.Bodies));
            var stated = t.StatedDeadline ?? (t.StatedDeadlines is { } parts ? string.Join("; ", parts) : null);
            var unwrittenVi = t.UnwrittenDeadline is null ? string.Empty : $" Văn bản nêu hạn \"{t.UnwrittenDeadline}\", chưa ghi được vào mẫu.";
            var unwrittenEn = t.UnwrittenDeadline is null ? string.Empty : $" The text states \"{t.UnwrittenDeadline}\", which a template cannot hold yet.";
            result.Add(new ObligationTemplateDto
            {
                Id = t.Id,
                ClausePath = t.ClausePath,
                Kind = t.Kind,
                Frequency = t.Frequency,
                ObligatedGroupIds = t.Groups.Count == 0 ? null : [.. t.Groups],
                ObligatedBodyIds = t.Bodies.Count == 0 ? null : [.. t.Bodies],
                Route = t.Route,
                DeadlinePolicy = policy,
                StatedDeadline = t.StatedDeadline,
                StatedDeadlines = t.StatedDeadlines?.Select(d => (string?)d).ToList(),
                IsInferred = t.IsInferred,
                Basis = t.Basis,
                Description = new LocalizedTextDto
                {
                    Vi = $"{(t.IsInferred ? "Suy luận" : "Nhập từ văn bản")} ({t.ClausePath}): {who}, {Camel(t.Kind)}, {Camel(t.Frequency)}"
                        + (stated is null ? (policy is null ? ", không ghi hạn (chỉ ghi nhận)." : $", hạn theo chính sách \"{policy}\".") : $", hạn \"{stated}\".") + unwrittenVi,
                    En = $"{(t.IsInferred ? "Inferred" : "Imported from the text")} ({t.ClausePath}): {who}, {Camel(t.Kind)}, {Camel(t.Frequency)}"
                        + (stated is null ? (policy is null ? ", no deadline written (recorded only)." : $", deadline from the \"{policy}\" policy.") : $", due \"{stated}\".") + unwrittenEn,
                },
            });
        }

        return result;
    }

    private static string BaseId(ObligationKind kind, ObligationFrequency frequency) => kind switch
    {
        ObligationKind.AnnualReport => frequency switch
        {
            ObligationFrequency.HalfYearly => "half-yearly-report",
            ObligationFrequency.Quarterly => "quarterly-report",
            ObligationFrequency.Once => "report",
            _ => "annual-report",
        },
        ObligationKind.ImplementationPlan => "implementation-plan",
        ObligationKind.StudyAndDissemination => "study",
        ObligationKind.Inspection => "inspection",
        ObligationKind.Synthesis => frequency switch
        {
            ObligationFrequency.HalfYearly => "half-yearly-synthesis",
            ObligationFrequency.Quarterly => "quarterly-synthesis",
            _ => "synthesis",
        },
        ObligationKind.Review => "review",
        _ => "ad-hoc-report",
    };

    private string NewId(string baseId)
    {
        var id = baseId;
        for (var n = 2; _templates.Any(t => t.Id == id); n++) id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
        return id;
    }

    private void Element(TemplateDraft t, string element, string value, bool stated, string source) =>
        _elements.Add(new PlanImportElement(t.Id, element, value, stated, source, t.Line));

    private static string RouteText(RouteDto r) => r.ViaBodyId is null ? r.AddresseeBodyId! : $"{r.AddresseeBodyId} via {r.ViaBodyId}";

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>A duty read from the text, with the bodies it is on.</summary>
    private sealed record DutyRead(string Path, string Kind, List<string> Groups, List<string> Bodies, string Text, int Line);

    /// <summary>An obligation template being built.</summary>
    private sealed class TemplateDraft
    {
        public string Id { get; init; } = string.Empty;

        public string ClausePath { get; init; } = string.Empty;

        public ObligationKind Kind { get; init; }

        public ObligationFrequency Frequency { get; init; }

        public List<string> Groups { get; init; } = [];

        public List<string> Bodies { get; init; } = [];

        public RouteDto? Route { get; init; }

        public string? StatedDeadline { get; set; }

        /// <summary>The stated deadlines of a half-yearly or quarterly duty, one per part of the year in order.</summary>
        public List<string>? StatedDeadlines { get; set; }

        /// <summary>A deadline the text states that no template field can hold ("trước ngày 15/6 và 15/12 hằng năm").</summary>
        public string? UnwrittenDeadline { get; set; }

        public bool IsInferred { get; init; }

        public string Basis { get; init; } = string.Empty;

        public int Line { get; init; }
    }
}
